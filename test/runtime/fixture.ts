/** Loads a hand-written Code.js (never the real build) into the local runtime. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Runtime, RuntimeOptions } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { WorkbookModel } from '../../scripts/runtime/workbook';

export function runtimeWith(
  code: string,
  workbook: WorkbookModel = { timeZone: 'America/Los_Angeles', sheets: [{ name: 'Sheet1', rows: [], frozenRows: 0 }] },
  options: Partial<RuntimeOptions> & { files?: Record<string, string> } = {},
): Runtime {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'creator-ops-runtime-'));
  fs.writeFileSync(path.join(directory, 'Code.js'), code);
  for (const [name, content] of Object.entries(options.files ?? {}))
    fs.writeFileSync(path.join(directory, name), content);
  return createRuntime({ workbook, codePath: path.join(directory, 'Code.js'), ...options });
}
