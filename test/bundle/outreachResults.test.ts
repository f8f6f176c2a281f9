/**
 * OUTREACH_RESULTS through the built dist/Code.js in the local runtime: written in a cell over
 * whole-column ranges (a quoted tab name among them), recalculated the way Sheets does, spilled.
 * The workbook and its hand reconciliation are test/core/outreach/resultsWorkbook.ts's.
 */
import { createRuntime } from '../../scripts/runtime';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetNamed } from '../../scripts/runtime/workbook';
import {
  costs,
  creators,
  EXPECTED,
  NOT_ENOUGH,
  orders,
  outreachLog,
  samples,
  TIME_ZONE,
} from '../core/outreach/resultsWorkbook';
import { formula, sheet } from './formulaCells';

const FORMULA =
  "=OUTREACH_RESULTS('Outreach log'!A:J, Creators!A:Q, Orders!A:S, Samples!A:S, , Costs!A:G, Settings!A:B)";

function workbook(): WorkbookModel {
  return {
    timeZone: TIME_ZONE,
    sheets: [
      sheet('Outreach log', outreachLog),
      sheet('Creators', creators),
      sheet('Orders', orders),
      sheet('Samples', samples),
      sheet('Costs', costs),
      sheet('Settings', [
        ['Setting', 'Value', 'Notes'],
        ['Report currency', 'USD', ''],
        ['Outreach: minimum detectable lift', 0.05, ''],
      ]),
      sheet('Results', [[formula(FORMULA)]]),
    ],
  };
}

describe('OUTREACH_RESULTS in the built add-on', () => {
  const runtime = createRuntime({ workbook: workbook() });
  runtime.evaluateFormulas();
  const results = sheetNamed(runtime.workbook, 'Results');
  // Blank cells at the end of a row are not stored: read every row 13 cells wide.
  const values = results.rows.map((row) => Array.from({ length: 13 }, (_, i) => row[i]?.value ?? ''));

  it('spills one row per sequence, step and variant from the formula cell', () => {
    expect(runtime.formulaErrors).toEqual({});
    expect(results.rows[0][0]).toMatchObject({ formula: FORMULA, spill: { rows: 5, columns: 13 } });
    expect(values.slice(0, 5)).toEqual(EXPECTED);
  });

  it("agrees to the cent with the hand sum of variant B's creators since their first email", () => {
    // cara.pets 40 − 4 − 2.40 − (12 + 3) = 18.60; dev.home −50 flat fee; over 2 contacts.
    const [
      sequence,
      step,
      variant,
      contacted,
      replied,
      rate,
      active,
      samplesSent,
      posted,
      gmv,
      net,
      perContact,
      verdict,
    ] = values[2];
    expect([sequence, step, variant, contacted, replied, rate, active, samplesSent, posted]).toEqual([
      'Creator recruitment',
      1,
      'B',
      2,
      2,
      1,
      1,
      1,
      1,
    ]);
    expect(gmv).toBe(40);
    expect(net).toBe(-31.4);
    expect(perContact).toBe(-15.7);
    expect(verdict).toBe(NOT_ENOUGH);
  });
});
