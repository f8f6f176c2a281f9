/**
 * Follow-up bench: one trigger run of the built add-on in the local runtime over 10,000 samples
 * and 5,000 creators, and the same at a tenth of the size. Prints wall time and service calls by
 * method for the run that sends, and for a second run in the same hour that finds nothing new:
 * reads stay the same whatever the row count, and writes grow only with the batches of emails sent.
 */
import { CREATORS, headersOf, PRODUCTS, SAMPLES } from '../../src/core/schema';
import { addDays, wallClockToInstant } from '../../src/core/values';
import { setSetting } from '../followupSimulation';
import { createRuntime } from '../runtime';
import type { CellValue, WorkbookModel } from '../runtime/workbook';
import { addOnTab } from '../addOn';
import type { ManagedTabName } from '../../src/core/schema';
import { addOn } from '../addOn';

const TIME_ZONE = 'America/Los_Angeles';
const TODAY = '2026-03-10';
const SIZES = { full: { samples: 10_000, creators: 5_000 }, tenth: { samples: 1_000, creators: 500 } };

interface RunFigures {
  ms: number;
  sent: number;
  held: number;
  calls: Record<string, number>;
  /** Cells read back from the spreadsheet (every Range read of the run). */
  cellsRead: number;
}

interface SizeFigures {
  label: string;
  samples: number;
  creators: number;
  sending: RunFigures;
  idle: RunFigures;
}

function date(day: string): Date {
  const [year, month, d] = day.split('-').map(Number);
  return wallClockToInstant({ year, month, day: d, hour: 0, minute: 0, second: 0 }, TIME_ZONE);
}

function table(name: ManagedTabName, headers: readonly string[], rows: Record<string, CellValue>[]) {
  return addOnTab(name, [headers.slice(), ...rows.map((row) => headers.map((h) => row[h] ?? ''))]);
}

/**
 * Samples in every state; one in six has a message due today (a brief, a delivery confirmation or a
 * reminder) and every hundredth creator has no email, so some messages are held.
 */
function workbook(samples: number, creators: number): WorkbookModel {
  const creatorRows = Array.from({ length: creators }, (_, i) => ({
    Handle: `creator${i}`,
    Name: `Creator ${i}`,
    Email: i % 100 === 0 ? '' : `creator${i}@example.com`,
  }));
  const sampleRows = Array.from({ length: samples }, (_, i) => {
    const base = { 'Sample ID': `S-${i}`, Handle: `creator${i % creators}`, SKU: `SKU-${i % 40}`, Units: 1 };
    switch (i % 18) {
      case 0:
        return { ...base, Shipped: date(TODAY), Tracking: `1Z${i}`, Carrier: 'UPS' };
      case 1:
        return {
          ...base,
          Shipped: date(addDays(TODAY, -4)),
          'Brief sent': date(addDays(TODAY, -4)),
          Delivered: date(TODAY),
        };
      case 2:
        return {
          ...base,
          Shipped: date(addDays(TODAY, -9)),
          'Brief sent': date(addDays(TODAY, -9)),
          Delivered: date(addDays(TODAY, -5)),
          Due: date(addDays(TODAY, 2)),
        };
      default:
        return {
          ...base,
          Shipped: date('2026-01-05'),
          'Brief sent': date('2026-01-05'),
          Delivered: date('2026-01-09'),
          Due: date('2026-01-16'),
          Posted: date('2026-01-15'),
        };
    }
  });
  const products = Array.from({ length: 40 }, (_, i) => ({ SKU: `SKU-${i}`, Product: `Product ${i}`, Brand: 'Lumi' }));
  return {
    timeZone: TIME_ZONE,
    sheets: [
      table(CREATORS.name, headersOf(CREATORS), creatorRows),
      table(SAMPLES.name, headersOf(SAMPLES), sampleRows),
      table(PRODUCTS.name, headersOf(PRODUCTS), products),
    ],
  };
}

function measure(label: keyof typeof SIZES): SizeFigures {
  const { samples, creators } = SIZES[label];
  const nineAm = wallClockToInstant({ year: 2026, month: 3, day: 10, hour: 9, minute: 0, second: 0 }, TIME_ZONE);
  const runtime = createRuntime({ workbook: workbook(samples, creators), now: nineAm, gmailSendingLimit: 100_000 });
  addOn(runtime).menuFollowUpsOn();
  setSetting(runtime, 'Follow-up mode', 'send');
  // Every due email in one run, so the figure is per email and not the daily limit's.
  setSetting(runtime, 'Mail: daily limit', 100_000);
  const trigger = runtime.triggers[0];
  const run = (): RunFigures => {
    runtime.resetCalls();
    const start = process.hrtime.bigint();
    runtime.fireTrigger(trigger);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const report = JSON.parse(runtime.properties.document['followUps:lastRun']) as { sent: number; held: number };
    const cellsRead = runtime.reads.reduce((sum, read) => sum + read.cells, 0);
    return { ms, sent: report.sent, held: report.held, calls: { ...runtime.calls }, cellsRead };
  };
  const sending = run();
  runtime.clock.advance(30 * 60_000);
  return { label, samples, creators, sending, idle: run() };
}

function printFigures([full, tenth]: SizeFigures[]): void {
  console.log('Follow-ups (built Code.js in the local runtime, one hourly trigger run in send mode)');
  for (const f of [tenth, full]) {
    console.log(
      `  ${f.label.padEnd(6)} ${String(f.samples).padStart(6)} samples, ${String(f.creators).padStart(5)} creators: ` +
        `run sending ${f.sending.sent} (${f.sending.held} held) ${f.sending.ms.toFixed(0)} ms, ` +
        `${f.sending.cellsRead.toLocaleString('en-US')} cells read; next run, nothing new: ${f.idle.ms.toFixed(0)} ms, ` +
        `${f.idle.cellsRead.toLocaleString('en-US')} cells read`,
    );
  }
  console.log('  service calls by method (sending run: tenth → full; next run: tenth → full)');
  const methods = [
    ...new Set([tenth, full].flatMap((f) => [...Object.keys(f.sending.calls), ...Object.keys(f.idle.calls)])),
  ].sort();
  const cells = (method: string) =>
    [tenth.sending, full.sending, tenth.idle, full.idle].map((r) => String(r.calls[method] ?? 0).padStart(6));
  for (const method of methods) console.log(`    ${method.padEnd(40)} ${cells(method).join('  ')}`);
  const total = (r: RunFigures) => Object.values(r.calls).reduce((a, b) => a + b, 0);
  console.log(
    `    ${'total'.padEnd(40)} ${[tenth.sending, full.sending, tenth.idle, full.idle].map((r) => String(total(r)).padStart(6)).join('  ')}`,
  );
  const spreadsheetCalls = (r: RunFigures) =>
    Object.entries(r.calls)
      .filter(([method]) => !method.startsWith('Gmail.'))
      .reduce((sum, [, n]) => sum + n, 0);
  const perSend = (f: SizeFigures) => spreadsheetCalls(f.sending) / f.sending.sent;
  console.log(
    `  spreadsheet service calls per email sent (all of the run's, reads included; target at most 5): ` +
      `tenth ${perSend(tenth).toFixed(2)}, full ${perSend(full).toFixed(2)}`,
  );
}

export function benchFollowUps(): void {
  printFigures([measure('full'), measure('tenth')]);
}

if (require.main === module) {
  benchFollowUps();
}
