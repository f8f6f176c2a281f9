/**
 * The sidebar's Outreach section: the sequences and the chosen one's enrolment preview, the
 * OUTREACH_RESULTS table over the tabs as they are, and rolling a winning variant forward (its
 * template becomes the step's only one on the Sequences tab; the Outreach log keeps the history).
 */
import { toCellInput } from '../../core/cells';
import { OperatorError } from '../../core/errors';
import { outreachResults } from '../../core/outreach/results';
import { headerColumn } from '../../core/aliases';
import type { AddonTabRole } from '../../core/schema';
import {
  COSTS,
  CREATORS,
  ORDERS,
  OUTREACH_LOG_TAB,
  PRODUCTS,
  SAMPLES,
  SEQUENCES_HEADERS,
  SEQUENCES_TAB,
  SETTINGS_TAB,
} from '../../core/schema';
import { cleanText, parseInteger } from '../../core/values';
import type { EnrolmentPreview, OutreachOverview } from '../api';
import { withDocumentLock } from '../lock';
import { findOwnedSheet } from '../ownership';
import { readValues } from '../sheets';
import { AddOnTabs } from '../addOnTabs';
import { previewEnrolment } from './enrol';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const WINS = /^([A-Z]) wins on /;

function resultsOf(spreadsheet: Spreadsheet): Pick<OutreachOverview, 'results' | 'resultsError' | 'winners'> {
  const tabs = new AddOnTabs(spreadsheet);
  const log = tabs.values(OUTREACH_LOG_TAB);
  if (log.length < 2) return { results: [], winners: [] };
  // A tab the spreadsheet lacks is an argument left out, as a formula would leave it.
  const tab = (role: AddonTabRole) => {
    const values = tabs.values(role);
    return values.length > 0 ? values : undefined;
  };
  try {
    const results = outreachResults(
      {
        outreachLog: log,
        creators: tab(CREATORS.name),
        orders: tab(ORDERS.name),
        samples: tab(SAMPLES.name),
        products: tab(PRODUCTS.name),
        costs: tab(COSTS.name),
        settings: tab(SETTINGS_TAB),
      },
      { timeZone: spreadsheet.getSpreadsheetTimeZone() },
    );
    const verdict = results[0].indexOf('Verdict');
    const winners = new Map<string, OutreachOverview['winners'][number]>();
    for (const row of results.slice(1)) {
      const win = WINS.exec(String(row[verdict]));
      if (win)
        winners.set(`${row[0]}\u0000${row[1]}`, { sequence: String(row[0]), step: Number(row[1]), variant: win[1] });
    }
    return { results, winners: [...winners.values()] };
  } catch (error) {
    return { results: [], winners: [], resultsError: error instanceof Error ? error.message : String(error) };
  }
}

export function outreachOverview(spreadsheet: Spreadsheet, sequence: string | undefined, now: Date): OutreachOverview {
  let preview: EnrolmentPreview | null = null;
  try {
    preview = previewEnrolment(spreadsheet, sequence, now);
  } catch (error) {
    // No sequence yet (or none that can run): the section says so and offers to start the default one.
    if (!(error instanceof OperatorError)) throw error;
  }
  return { preview, ...resultsOf(spreadsheet) };
}

/**
 * Makes the winner the step's only variant: its row stays (Variant blank), the other variants'
 * rows of that step go; a Segment written on a removed row moves to the kept one.
 */
export function rollWinnerForward(spreadsheet: Spreadsheet, sequence: string, step: number): string {
  return withDocumentLock('Rolling the winner forward', () => {
    const winner = resultsOf(spreadsheet).winners.find(
      (w) => w.sequence.toLowerCase() === sequence.toLowerCase() && w.step === step,
    );
    if (!winner)
      throw new OperatorError(
        `Step ${step} of ${sequence} has no winner yet: OUTREACH_RESULTS names one only once the difference is significant.`,
      );
    const sheet = findOwnedSheet(spreadsheet, SEQUENCES_TAB);
    const values = sheet ? readValues(sheet) : [];
    const [name, stepColumn, variant, , template, segment] = SEQUENCES_HEADERS.map((h) =>
      headerColumn(values[0] ?? [], h),
    );
    if (!sheet || name < 0 || stepColumn < 0 || variant < 0)
      throw new OperatorError(`The ${SEQUENCES_TAB} tab needs its Sequence, Step and Variant columns back.`);
    const ofStep = (row: readonly unknown[]) =>
      cleanText(row[name]).toLowerCase() === sequence.toLowerCase() && parseInteger(row[stepColumn]).value === step;
    const rows = values.slice(1);
    const kept = rows.find((row) => ofStep(row) && cleanText(row[variant]).toUpperCase() === winner.variant);
    if (!kept)
      throw new OperatorError(`The ${SEQUENCES_TAB} tab has no variant ${winner.variant} row for step ${step}.`);
    const movedSegment = rows.find((row) => ofStep(row) && segment >= 0 && cleanText(row[segment]) !== '');
    // Only the step's other rows go and the winner's Variant cell is cleared: every other cell of the
    // tab, the operator's formulas and extra columns included, stays as it is.
    const keptRow = rows.indexOf(kept) + 2;
    sheet.getRange(keptRow, variant + 1).setValue('');
    if (movedSegment && movedSegment !== kept && cleanText(kept[segment]) === '')
      sheet.getRange(keptRow, segment + 1).setValue(toCellInput(cleanText(movedSegment[segment])));
    const dropped = rows.flatMap((row, i) => (ofStep(row) && row !== kept ? [i + 2] : []));
    for (const row of dropped.reverse()) sheet.deleteRow(row);
    return `Variant ${winner.variant} (${cleanText(kept[template])}) is now the only email of ${sequence} step ${step}; the Outreach log keeps the experiment's history.`;
  });
}
