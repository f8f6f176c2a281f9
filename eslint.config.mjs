// House rules as code: type-checked typescript-eslint rules and the layer boundaries of README's layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Relative imports that reach the top-level folder `name` (src/<name> or scripts/) from up to three levels deep. */
const layer = (name) =>
  ['../', '../../', '../../../'].flatMap((up) => [
    `${up}${name}`,
    `${up}${name}/**`,
    `${up}src/${name}`,
    `${up}src/${name}/**`,
  ]);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-reading/', 'out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Cells are coerced to text the way Apps Script does it, String(value), whatever they hold.
      '@typescript-eslint/no-base-to-string': 'off',
      // Mail headers and sheet text are screened for control characters on purpose.
      'no-control-regex': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals: closed sets are types here.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...layer('server'), ...layer('sidebar'), ...layer('scripts')],
              message: 'src/core is the pure domain: it imports nothing from server, sidebar or scripts.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'ScriptApp',
          'MailApp',
          'GmailApp',
          'PropertiesService',
          'LockService',
          'HtmlService',
          'Session',
          'Utilities',
          'CacheService',
          'Gmail',
          'Logger',
        ].map((name) => ({
          name,
          message: 'src/core runs on Node: Apps Script services belong in src/server.',
        })),
      ],
    },
  },
  {
    files: ['src/sidebar/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: layer('server'),
              allowTypeImports: true,
              message: 'The sidebar runs in the browser: from the server side it imports types only.',
            },
            { group: layer('scripts'), message: 'The sidebar imports nothing from scripts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...layer('sidebar'), ...layer('scripts')],
              message: 'The server imports nothing from sidebar or scripts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read JSON and sheet cells of any shape and say what they expected in messages.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
