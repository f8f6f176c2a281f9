/**
 * The core as Apps Script runs it: compiled into one bundle with the build's settings, rather than
 * one module per file as tsx loads the sources (whose cross-module calls go through getters).
 */
import { buildSync } from 'esbuild';
import * as path from 'node:path';
import type * as CoreModule from '../../src/core/organize';
import { APPS_SCRIPT_CODE } from '../build';

type Core = typeof CoreModule;

export function loadCoreBundle(): Core {
  const outfile = path.resolve('out/bench/core.js');
  buildSync({
    ...APPS_SCRIPT_CODE,
    entryPoints: [path.resolve(__dirname, '../../src/core/organize/index.ts')],
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file built just now
  return require(outfile) as Core;
}
