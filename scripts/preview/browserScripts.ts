/** The preview's browser-side scripts (scripts/preview/client/), bundled by esbuild on first use. */
import { buildSync } from 'esbuild';
import * as path from 'node:path';

const CLIENT = path.join(__dirname, 'client');
const bundles = new Map<string, string>();

function bundle(entry: string): string {
  let code = bundles.get(entry);
  if (code === undefined) {
    const result = buildSync({
      entryPoints: [path.join(CLIENT, entry)],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      write: false,
      legalComments: 'none',
    });
    // Safe to inline in a <script> element: `</script` inside would end it early.
    code = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
    bundles.set(entry, code);
  }
  return code;
}

/** `google.script` (run and host) talking to the local runtime; must run before the sidebar's own script. */
export function googleScriptShim(): string {
  return bundle('googleScript.ts');
}

/** The sheet view page's script. */
export function sheetViewScript(): string {
  return bundle('sheetView.ts');
}
