/**
 * The menu's "Start an outreach sequence": creates the outreach tabs with defaults when missing,
 * shows the first sequence's reach and exclusions, and enrols on the operator's yes.
 */
import { ensureOutreachTabs } from './tabs';
import { enrol, previewEnrolment } from './enrol';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What was done, for a toast; undefined when the operator said no or nobody is left to enrol. */
export function startOutreachFromMenu(
  spreadsheet: Spreadsheet,
  ui: GoogleAppsScript.Base.Ui,
  now: Date,
): string | undefined {
  ensureOutreachTabs(spreadsheet);
  const preview = previewEnrolment(spreadsheet, undefined, now);
  const title = `Start ${preview.sequence}`;
  const excluded = preview.excludedByReason.map(({ reason, count }) => `${reason}: ${count}`).join(', ');
  const split = preview.variants
    .filter((v) => v.variant !== '')
    .map((v) => `${v.variant}: ${v.count}`)
    .join(', ');
  if (preview.reach === 0) {
    ui.alert(title, `Nobody to enrol${excluded ? ` (left out: ${excluded})` : ''}.`, ui.ButtonSet.OK);
    return undefined;
  }
  const lines = [
    `${preview.reach} creators would be enrolled${split ? ` (${split})` : ''}.`,
    excluded ? `Left out: ${excluded}.` : '',
    preview.postalAddressSet ? '' : 'Nothing is sent until Settings has your "Sender postal address".',
    'Enrol them?',
  ];
  const answer = ui.alert(title, lines.filter(Boolean).join('\n'), ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return undefined;
  return enrol(spreadsheet, preview.sequence, now).message;
}
