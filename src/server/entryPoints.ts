/**
 * Names of the functions Apps Script may call, typed against src/server/index.ts: a menu item or a
 * trigger that names a function index.ts does not export fails tsc instead of failing in the sheet.
 */
import type * as EntryPoints from './index';

export type EntryPointName = keyof typeof EntryPoints;
