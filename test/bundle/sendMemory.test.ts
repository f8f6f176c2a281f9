/**
 * The Follow-up log is the operator's to edit, sort or delete; what stops a second send is the
 * add-on's own memory, which those edits cannot reach. Through the built add-on in the runtime.
 */
import { sheetNamed } from '../../scripts/runtime/workbook';
import { at, fireAt, fixtureWorkbook, logLines, setLogStatus, startRuntime, turnOn } from './followupsFixture';

/**
 * A run on the day S-4's reminder is due (Due March 25): a reminder fills no cell, so only a memory
 * of having sent it stops it going out again the same day.
 */
function sentMonth() {
  const runtime = startRuntime(fixtureWorkbook(), { now: at('2026-03-23', 8) });
  turnOn(runtime, 'send');
  fireAt(runtime, at('2026-03-23', 9));
  expect(runtime.outbox.map((mail) => mail.subject).join('\n')).toContain('reminder');
  const sent = runtime.outbox.map((mail) => `${mail.to} ${mail.subject}`);
  expect(sent.length).toBeGreaterThan(0);
  return { runtime, sent };
}

describe('the add-on remembers what it sent, whatever happens to the log', () => {
  test('deleting the Follow-up log tab sends nothing again', () => {
    const { runtime, sent } = sentMonth();
    runtime.workbook.sheets = runtime.workbook.sheets.filter((sheet) => sheet.name !== 'Follow-up log');
    fireAt(runtime, at('2026-03-23', 10));
    fireAt(runtime, at('2026-03-23', 11));
    expect(runtime.outbox.map((mail) => `${mail.to} ${mail.subject}`).slice(0, sent.length)).toEqual(sent);
    expect(runtime.outbox.filter((mail) => sent.includes(`${mail.to} ${mail.subject}`))).toHaveLength(sent.length);
  });

  test('deleting or sorting its rows sends nothing again', () => {
    const { runtime, sent } = sentMonth();
    const log = sheetNamed(runtime.workbook, 'Follow-up log');
    log.rows = [log.rows[0], ...log.rows.slice(1).reverse().slice(1)];
    fireAt(runtime, at('2026-03-23', 11));
    expect(runtime.outbox).toHaveLength(sent.length);
  });

  test('typing approved over sent rows sends nothing again', () => {
    const { runtime, sent } = sentMonth();
    for (const line of logLines(runtime)) {
      const key = line.split(' | ')[4];
      if (line.includes('| sent |')) setLogStatus(runtime, key, 'approved');
    }
    fireAt(runtime, at('2026-03-23', 12));
    expect(runtime.outbox).toHaveLength(sent.length);
  });

  test('the memory tab is hidden, warns before an edit, and holds keys as text', () => {
    const { runtime, sent } = sentMonth();
    const memory = sheetNamed(runtime.workbook, 'Creator Ops memory');
    expect(memory.hidden).toBe(true);
    expect(memory.protections).toEqual([expect.objectContaining({ warningOnly: true })]);
    const rows = memory.rows.slice(1).filter((row) => row[0]?.value !== '' && row[0]?.value !== undefined);
    expect(rows).toHaveLength(sent.length);
    for (const row of rows) expect(typeof row[0].value).toBe('string');
    expect(rows.every((row) => row[1]?.value === 'sent')).toBe(true);
  });
});
