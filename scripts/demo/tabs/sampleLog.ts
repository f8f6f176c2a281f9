/** The operators' sample log: one row per shipment, no sample ID (operators rarely keep one). */
import type { CellValue, SheetModel } from '../../runtime/workbook';
import { handleCell, operatorMoneyCell } from '../messyText';
import type { Random } from '../random';
import type { SampleShipment } from '../samples';
import { sampleCostCents } from '../samples';
import type { SourceRecord } from '../sourceTab';
import { SourceTab } from '../sourceTab';
import type { Findings } from '../truth';
import { excelSerial, instantOf, isoDateText, usDateText } from '../wallClock';

export const SAMPLE_LOG_TAB = 'Sample log';

const HEADERS = [
  'Creator',
  'Product SKU',
  'Qty',
  'Request date',
  'Ship date',
  'Courier',
  'Tracking #',
  'Delivered',
  'Video due',
  'Posted on',
  'TikTok link',
  'Sample cost',
  'Shipping',
  'Status',
] as const;
type Header = (typeof HEADERS)[number];

/**
 * Each date column keeps one format (Date values, US text, serial numbers, ISO text), as a column
 * typed by one person does; only the deliberately broken rows differ.
 */
export function buildSampleLogTab(
  rng: Random,
  samples: readonly SampleShipment[],
  timeZone: string,
  findings: Findings,
): { sheet: SheetModel; readable: SampleShipment[] } {
  const tab = new SourceTab<Header>(SAMPLE_LOG_TAB, HEADERS);
  const order = rng.shuffle(samples.map((_, index) => index));
  const badShipDateAt = order.find((index) => samples[index].shipped !== undefined);
  const creatorLostAt = order.find((index) => index !== badShipDateAt);
  const specials = new Set([badShipDateAt, creatorLostAt]);
  const ordinary = order.filter((index) => !specials.has(index));
  const duplicated = new Set(ordinary.slice(0, Math.max(1, Math.round(samples.length / 200))));
  const blankBefore = new Set(ordinary.slice(-Math.max(1, Math.round(samples.length / 80))));

  const readable: SampleShipment[] = [];
  samples.forEach((sample, index) => {
    if (blankBefore.has(index) && index > 0) tab.addBlank();
    const record = sampleRecord(rng, sample, timeZone);
    if (index === badShipDateAt) record['Ship date'] = '31/31/2026';
    if (index === creatorLostAt) record.Creator = '#N/A';
    const row = tab.add(record);
    if (index === badShipDateAt)
      findings.brokenRows.push({ tab: SAMPLE_LOG_TAB, row, column: 'Ship date', why: 'not a date', skipsRow: false });
    if (index === creatorLostAt) {
      findings.brokenRows.push({
        tab: SAMPLE_LOG_TAB,
        row,
        column: 'Creator',
        why: 'lookup error #N/A',
        skipsRow: true,
      });
    } else {
      readable.push(sample);
    }
    if (duplicated.has(index))
      findings.duplicateRows.push({ tab: SAMPLE_LOG_TAB, row: tab.repeat(row), duplicateOf: row });
  });
  return { sheet: tab.toSheet(), readable };
}

function sampleRecord(rng: Random, sample: SampleShipment, timeZone: string): SourceRecord<Header> {
  const dateValue = (time: number | undefined): CellValue => (time === undefined ? '' : instantOf(time, timeZone));
  const shipped = sample.shipped !== undefined;
  return {
    Creator: handleCell(rng, sample.handle),
    'Product SKU': sample.product.sku,
    Qty: sample.units,
    'Request date': dateValue(sample.requested),
    'Ship date': shipped ? usDateText(sample.shipped as number) : '',
    Courier: shipped ? sample.courier : '',
    'Tracking #': shipped ? sample.tracking : '',
    Delivered: sample.delivered === undefined ? '' : excelSerial(sample.delivered),
    'Video due': sample.due === undefined ? '' : isoDateText(sample.due),
    'Posted on': dateValue(sample.posted),
    'TikTok link': sample.videoUrl ?? '',
    'Sample cost': rng.chance(0.85) ? operatorMoneyCell(rng, sampleCostCents(sample), sample.region) : '',
    Shipping: shipped ? operatorMoneyCell(rng, sample.shippingCents, sample.region) : '',
    Status: sample.cancelled ? rng.pick(['Cancelled', 'cancelled']) : '',
  };
}
