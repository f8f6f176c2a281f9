/** The send window: the hours of the day (spreadsheet time zone) in which follow-ups may go out. */
import type { Parsed } from '../values';
import { cleanText, instantToWallClock, parsed, screenCell, unreadable } from '../values';

export interface SendWindow {
  /** Minutes after midnight; mail goes out from `start` up to, not including, `end`. */
  start: number;
  end: number;
}

const TIME = /^(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?m\.?)?$/i;
const HINT = 'write it like 09:00-18:00';

function minutesOf(text: string): number | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const minutes = hour * 60 + minute;
  return minute < 60 && minutes <= 24 * 60 ? minutes : null;
}

/** '09:00-18:00', '9-18', '9am-6pm'; a window that wraps midnight ('22:00-06:00') is allowed. */
export function parseSendWindow(raw: unknown): Parsed<SendWindow> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const text = cleanText(raw);
  const parts = text.split(/\s*(?:-|–|—|to)\s*/i);
  const [start, end] = parts.length === 2 ? parts.map(minutesOf) : [null, null];
  if (start === null || end === null) return unreadable(`'${text}' is not a time window: ${HINT}`);
  if (start === end) return unreadable(`'${text}' is an empty window: the end must differ from the start`);
  return parsed({ start, end });
}

export function isInSendWindow(now: Date, timeZone: string, window: SendWindow): boolean {
  const clock = instantToWallClock(now, timeZone);
  const minute = clock.hour * 60 + clock.minute;
  return window.start < window.end
    ? minute >= window.start && minute < window.end
    : minute >= window.start || minute < window.end;
}

export function formatSendWindow(window: SendWindow): string {
  const hhmm = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${hhmm(window.start)}-${hhmm(window.end)}`;
}
