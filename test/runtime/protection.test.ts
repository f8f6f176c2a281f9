import { runtimeWith } from './fixture';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed } from '../../scripts/runtime/workbook';

const CODE = `
var ss = SpreadsheetApp.getActive();
function describe(p) {
  return [p.getProtectionType() + '', p.getRange().getA1Notation(), p.getDescription(), p.isWarningOnly(), p.canEdit()];
}
function protectTab(name, description) {
  return describe(ss.getSheetByName(name).protect().setDescription(description).setWarningOnly(true));
}
function protectRange(a1) { return describe(ss.getRange(a1).protect()); }
function list(type) {
  return [ss.getProtections(SpreadsheetApp.ProtectionType[type]).map(describe),
    ss.getSheetByName('Orders').getProtections(SpreadsheetApp.ProtectionType[type]).map(describe)];
}
function writeThrough() { ss.getRange('Orders!A2').setValue('written'); return ss.getRange('Orders!A2').getValue(); }
function removeAll() {
  ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).concat(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE))
    .forEach(function (p) { p.remove(); });
}
function withoutType() { return ss.getSheetByName('Orders').getProtections(); }
`;

function workbook(): WorkbookModel {
  return {
    timeZone: 'UTC',
    sheets: [sheetFromValues('Orders', [['Order ID'], ['1']]), sheetFromValues('Creators', [['Handle']])],
  };
}

describe('Protection', () => {
  it('protects a sheet once, with description and warning, and records it on the tab', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(rt.call('protectTab', 'Orders', 'Written by Creator Ops')).toEqual([
      'SHEET',
      'A1:Z1000',
      'Written by Creator Ops',
      true,
      true,
    ]);
    expect((rt.call('protectTab', 'Orders', 'Again') as unknown[])[2]).toBe('Again');
    expect(sheetNamed(rt.workbook, 'Orders').protections).toEqual([{ description: 'Again', warningOnly: true }]);
  });

  it('protects ranges, each call a new protection, and lists protections by type', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(rt.call('protectRange', 'Orders!B2:C9')).toEqual(['RANGE', 'B2:C9', '', false, true]);
    rt.call('protectRange', 'Creators!A1:A1');
    rt.call('protectRange', 'Orders!B2:C9');
    rt.call('protectTab', 'Creators', 'Creators tab');
    expect(rt.call('list', 'RANGE')).toEqual([
      [
        ['RANGE', 'B2:C9', '', false, true],
        ['RANGE', 'B2:C9', '', false, true],
        ['RANGE', 'A1', '', false, true],
      ],
      [
        ['RANGE', 'B2:C9', '', false, true],
        ['RANGE', 'B2:C9', '', false, true],
      ],
    ]);
    expect(rt.call('list', 'SHEET')).toEqual([[['SHEET', 'A1:Z1000', 'Creators tab', true, true]], []]);
    rt.call('removeAll');
    expect(rt.call('list', 'RANGE')).toEqual([[], []]);
    expect(rt.call('list', 'SHEET')).toEqual([[], []]);
  });

  it('never stops the script’s own writes (the owner can always edit)', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('protectTab', 'Orders', 'warning');
    rt.call('protectRange', 'Orders!A1:A5');
    expect(rt.call('writeThrough')).toBe('written');
  });

  it('counts the calls and refuses getProtections without a type as Apps Script does', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('protectTab', 'Orders', 'd');
    expect(rt.calls).toEqual(
      expect.objectContaining({
        'Sheet.protect': 1,
        'Protection.setDescription': 1,
        'Protection.setWarningOnly': 1,
        'Protection.isWarningOnly': 1,
      }),
    );
    expect(() => rt.call('withoutType')).toThrow(
      "The parameters () don't match the method signature for SpreadsheetApp.Sheet.getProtections.",
    );
  });
});
