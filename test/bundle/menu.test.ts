/**
 * The menu, as a seller first meets the add-on: onOpen may run before authorization
 * (AuthMode.NONE), and onInstall must show the menu without reopening the file.
 */
import { createRuntime } from '../../scripts/runtime';
import { sheetFromValues } from '../../scripts/runtime/workbook';
import { MENU_ITEMS } from '../../src/server/menu';
import { addOn, addOnAs } from '../../scripts/addOn';

/** The event Apps Script passes; the runtime's copy has the mode only. */
const openEvent = (authMode: string) => ({ authMode }) as unknown as GoogleAppsScript.Events.SheetsOnOpen;

function runtime() {
  return createRuntime({ workbook: { timeZone: 'UTC', sheets: [sheetFromValues('Sheet1', [['a']])] } });
}

describe('the Creator Ops menu', () => {
  it('is built by onOpen before authorization, with every item', () => {
    const rt = runtime();
    addOnAs(rt, 'NONE').onOpen(openEvent('NONE'));
    expect(rt.ui.menus).toHaveLength(1);
    const entries = rt.ui.menus[0].entries as { caption?: string; functionName?: string }[];
    expect(entries.map((e) => [e.caption, e.functionName])).toEqual(MENU_ITEMS.map(([label, fn]) => [label, fn]));
  });

  it('appears on install', () => {
    const rt = runtime();
    addOnAs(rt, 'FULL').onInstall(openEvent('FULL'));
    expect(rt.ui.menus).toHaveLength(1);
  });

  it('Organize sheets from the menu organizes and tells the operator the result', () => {
    const rt = createRuntime({
      workbook: {
        timeZone: 'UTC',
        sheets: [
          sheetFromValues('Creators list', [
            ['Handle', 'Email'],
            ['@Ana', 'ana@example.com'],
            ['@bo', '#N/A'],
          ]),
        ],
      },
    });
    addOn(rt).menuOrganize();
    expect(rt.ui.toasts[rt.ui.toasts.length - 1]?.message).toMatch(/Creators: 2.*1 cell to check in Import issues/);
  });
});
