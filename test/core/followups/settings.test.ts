import { isInSendWindow, parseSendWindow } from '../../../src/core/followups/window';
import { readSettings } from '../../../src/core/settings';
import { at } from './fixtures';

describe('follow-up settings', () => {
  test('defaults: review mode, 09:00-18:00, the cadence of the issue, Thanks off', () => {
    expect(readSettings(undefined).followUps).toEqual({
      mode: 'review',
      window: { start: 9 * 60, end: 18 * 60 },
      senderName: '',
      days: {
        brief: 0,
        delivered: 0,
        dueAfterDelivered: 7,
        reminder: 2,
        overdue: 1,
        secondNudge: 7,
        thanks: null,
        shipReminder: 2,
      },
    });
  });

  test('the operator can change each of them', () => {
    const settings = readSettings([
      ['Setting', 'Value', 'Notes'],
      ['Follow-up mode', 'Send', ''],
      ['Follow-up send window', '8am-5:30pm', ''],
      ['Follow-up sender name', 'Dana at Lumi', ''],
      ['Thanks: days after Posted', 1, ''],
      ['Reminder: days before Due', '3', ''],
      ['Second nudge: days after Due', 'off', ''],
    ]).followUps;
    expect(settings).toMatchObject({
      mode: 'send',
      window: { start: 8 * 60, end: 17 * 60 + 30 },
      senderName: 'Dana at Lumi',
    });
    expect(settings.days).toMatchObject({ thanks: 1, reminder: 3, secondNudge: null, overdue: 1 });
  });

  test.each([
    ['Follow-up mode', 'auto', /review, send/],
    ['Follow-up send window', '9:00', /09:00-18:00/],
    ['Overdue: days after Due', -1, /from 0 to 365/],
  ])('%s = %j is refused with what to write', (name, value, message) => {
    expect(() => readSettings([[name, value, '']])).toThrow(message);
  });
});

describe('send window', () => {
  const nineToSix = parseSendWindow('09:00-18:00').value!;

  test.each([
    [8, 59, false],
    [9, 0, true],
    [17, 59, true],
    [18, 0, false],
    [3, 0, false],
  ])('%i:%i is %s', (hour, minute, inside) => {
    expect(isInSendWindow(at('2026-03-10', hour, minute), 'America/Los_Angeles', nineToSix)).toBe(inside);
  });

  test('the window follows the spreadsheet zone across a DST change', () => {
    expect(isInSendWindow(at('2026-03-08', 9), 'America/Los_Angeles', nineToSix)).toBe(true);
    expect(isInSendWindow(at('2026-03-08', 8, 30), 'America/Los_Angeles', nineToSix)).toBe(false);
  });

  test('a window may wrap midnight', () => {
    const night = parseSendWindow('22:00-06:00').value!;
    expect(isInSendWindow(at('2026-03-10', 23), 'America/Los_Angeles', night)).toBe(true);
    expect(isInSendWindow(at('2026-03-10', 12), 'America/Los_Angeles', night)).toBe(false);
  });
});
