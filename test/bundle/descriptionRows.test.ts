/**
 * The row of field descriptions an affiliate-orders export has under its header is skipped; a first
 * data row that merely has a SKU like "Lip Oil" (a space, no digit) is a record like any other.
 */
import { addOn } from '../../scripts/addOn';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { AFFILIATE_TAB, affiliateExportOnly } from '../fixtures/affiliateExportOnly';
import { tabRecords as records } from './tabRecords';

const NOW = new Date('2026-11-23T18:00:00Z');

function organized(workbook: WorkbookModel): Runtime {
  const runtime = createRuntime({ workbook: structuredClone(workbook), now: NOW });
  addOn(runtime).runOrganize();
  return runtime;
}

it("skips the affiliate export's description row, silently", () => {
  const runtime = organized(affiliateExportOnly);
  const description = valuesOf(sheetNamed(affiliateExportOnly, AFFILIATE_TAB))[1];
  expect(description[0]).toBe('Unique ID of the order.');
  expect(records(runtime, 'Orders').some((o) => o.Source === `${AFFILIATE_TAB}!2`)).toBe(false);
  expect(records(runtime, 'Import issues').some((i) => i.Tab === AFFILIATE_TAB && i.Row === 2)).toBe(false);
});

it('keeps a first sample whose SKU is words with a space', () => {
  const runtime = organized({
    timeZone: 'America/Los_Angeles',
    sheets: [
      sheetFromValues('Gifting', [
        ['Creator', 'SKU', 'Qty', 'Ship date', 'Tracking #'],
        ['@jane.doe', 'Lip Oil', 1, '11/02/2026', '9400111899223344556677'],
        ['@bob.bakes', 'Lip Oil Cherry', 2, '11/03/2026', '9400111899223344556678'],
      ]),
    ],
  });
  expect(records(runtime, 'Samples').map((s) => [s.Handle, s.SKU])).toEqual([
    ['jane.doe', 'Lip Oil'],
    ['bob.bakes', 'Lip Oil Cherry'],
  ]);
});

it('keeps the first product cost whose SKU is words with a space', () => {
  const runtime = organized({
    timeZone: 'America/Los_Angeles',
    sheets: [
      sheetFromValues('Product costs', [
        ['SKU', 'Product', 'Unit cost'],
        ['Lip Oil', 'Cherry lip oil 10ml', '2.10'],
        ['LIPOIL-2', 'Lip oil duo', '3.90'],
      ]),
    ],
  });
  expect(records(runtime, 'Products').map((p) => [p.SKU, p['Unit cost']])).toEqual([
    ['Lip Oil', 2.1],
    ['LIPOIL-2', 3.9],
  ]);
});
