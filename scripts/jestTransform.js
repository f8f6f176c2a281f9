// Jest transform for TypeScript through esbuild (already the project's bundler): strips types,
// emits CommonJS. Type checking is tsc's job (`npm test` runs it before jest).
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'es2020',
      sourcemap: 'external',
      sourcefile: filename,
    });
    return { code, map };
  },
};
