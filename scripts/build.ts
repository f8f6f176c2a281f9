/**
 * Builds dist/ for `clasp push`: Code.js, Sidebar.html and appsscript.json. Also builds
 * dist-reading/, the same add-on with reply reading: its manifest adds the restricted gmail.metadata
 * scope (a public listing then needs Google's yearly security assessment) and its code knows it.
 *
 * Apps Script only sees top-level `function` declarations, and Sheets reads a custom function's
 * help and parameters only from the JSDoc of such a declaration. esbuild wraps everything in an
 * IIFE and drops comments, so every function exported from src/server/index.ts gets a top-level
 * stub here, with the JSDoc and parameter names copied from the source.
 */
import type { BuildOptions } from 'esbuild';
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const distReading = path.join(root, 'dist-reading');
const GMAIL_METADATA_SCOPE = 'https://www.googleapis.com/auth/gmail.metadata';
const ENTRY = path.join(root, 'src/server/index.ts');
const SIDEBAR_DIR = path.join(root, 'src/sidebar');
export const BUNDLE_GLOBAL = 'CreatorOps';

export interface ExportedFunction {
  name: string;
  params: string[];
  jsDoc: string;
}

/** Reads the entry file's exported functions, their parameter names and JSDoc. */
export function exportedFunctions(entryFile: string): ExportedFunction[] {
  const text = fs.readFileSync(entryFile, 'utf8');
  const source = ts.createSourceFile(entryFile, text, ts.ScriptTarget.Latest, true);
  const found: ExportedFunction[] = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const docs = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc);
    found.push({
      name: statement.name.text,
      params: statement.parameters.map((p) => p.name.getText(source)),
      jsDoc: docs.map((doc) => doc.getText(source)).join('\n'),
    });
  }
  return found;
}

function stub(fn: ExportedFunction): string {
  const params = fn.params.join(', ');
  const doc = fn.jsDoc ? `${fn.jsDoc}\n` : '';
  return `${doc}function ${fn.name}(${params}) {\n  return ${BUNDLE_GLOBAL}.${fn.name}(${params});\n}\n`;
}

/** How the server code is compiled for Apps Script's V8 (the bench bundles the core the same way). */
export const APPS_SCRIPT_CODE = {
  bundle: true,
  target: 'es2019',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  minifySyntax: true,
  legalComments: 'none',
  charset: 'utf8',
} satisfies BuildOptions;

async function bundleServer(replyReading: boolean): Promise<string> {
  const result = await build({
    ...APPS_SCRIPT_CODE,
    entryPoints: [ENTRY],
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    write: false,
    define: { REPLY_READING_BUILD: String(replyReading) },
  });
  return result.outputFiles[0].text;
}

async function bundleSidebar(): Promise<string> {
  const html = fs.readFileSync(path.join(SIDEBAR_DIR, 'sidebar.html'), 'utf8');
  const css = fs.readFileSync(path.join(SIDEBAR_DIR, 'sidebar.css'), 'utf8');
  const script = await build({
    entryPoints: [path.join(SIDEBAR_DIR, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    minify: true,
    legalComments: 'none',
  });
  // `</script` inside the bundle would end the inline script early.
  const js = script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return html.replace('/* STYLE */', () => css).replace('/* SCRIPT */', () => js);
}

interface Manifest {
  oauthScopes: string[];
}

async function buildInto(dir: string, replyReading: boolean, sidebar: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const code = [
    '// Creator Ops: built by scripts/build.ts from src/. Do not edit; edit src/ and run `npm run build`.',
    await bundleServer(replyReading),
    ...exportedFunctions(ENTRY).map(stub),
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  fs.writeFileSync(path.join(dir, 'Sidebar.html'), sidebar);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8')) as Manifest;
  if (replyReading) manifest.oauthScopes = [...manifest.oauthScopes, GMAIL_METADATA_SCOPE];
  fs.writeFileSync(path.join(dir, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function buildAll(): Promise<void> {
  const sidebar = await bundleSidebar();
  await buildInto(dist, false, sidebar);
  await buildInto(distReading, true, sidebar);
}

if (require.main === module) {
  buildAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
