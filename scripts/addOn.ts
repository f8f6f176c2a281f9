/**
 * The built add-on as tests and scripts call it: each function of src/server/index.ts, typed by
 * its declaration, run in the local runtime exactly as Apps Script would run Code.js. A name that
 * is not an entry point, or the wrong arguments, fail tsc.
 */
import type * as EntryPoints from '../src/server/index';
import type { AddonTabRole } from '../src/core/schema';
import { TAB_MARKER } from '../src/server/ownership';
import type { ExecutionMode, Runtime } from './runtime';
import type { CellValue, SheetModel, WorkbookModel } from './runtime/workbook';
import { sheetFromValues } from './runtime/workbook';

type Functions = typeof EntryPoints;
export type AddOn = {
  [Name in keyof Functions]: (...args: Parameters<Functions[Name]>) => ReturnType<Functions[Name]>;
};

function calling(invoke: (name: string, args: unknown[]) => unknown): AddOn {
  return new Proxy({} as AddOn, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      return (...args: unknown[]) => invoke(name, args);
    },
  });
}

/** Calls as a menu item or the sidebar would (AuthMode.FULL). */
export function addOn(runtime: Runtime): AddOn {
  return calling((name, args) => runtime.call(name, ...args));
}

/** Calls in another mode: 'NONE' or 'LIMITED' for onOpen, 'TRIGGER' for a trigger handler. */
export function addOnAs(runtime: Runtime, mode: ExecutionMode): AddOn {
  return calling((name, args) => runtime.callAs(mode, name, ...args));
}

/** The add-on's tab for `role`, found by its marker as the add-on finds it, whatever it is called now. */
export function ownedTabOf(workbook: WorkbookModel, role: AddonTabRole): SheetModel | undefined {
  return workbook.sheets.find((sheet) =>
    sheet.developerMetadata?.some(
      (marker) =>
        marker.key === TAB_MARKER && marker.value === role && marker.row === undefined && marker.column === undefined,
    ),
  );
}

let nextMarkerId = 1_000_000;

/** A tab as the add-on itself left it (marked as its own), for workbooks that start organized. */
export function addOnTab(role: AddonTabRole, values: CellValue[][], frozenRows = 1): SheetModel {
  const sheet = sheetFromValues(role, values, frozenRows);
  sheet.developerMetadata = [{ id: nextMarkerId++, key: TAB_MARKER, value: role, visibility: 'DOCUMENT' }];
  return sheet;
}
