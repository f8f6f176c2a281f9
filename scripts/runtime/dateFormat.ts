/** Java SimpleDateFormat patterns, as Utilities.formatDate(date, timeZone, pattern) takes them. */
import { offsetMinutes, wallClockAsUtc, wallClockOf } from './timeZone';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const TOKEN = /'((?:[^']|'')*)'|([A-Za-z])\2*|[^'A-Za-z]+/g;

export function formatSimpleDate(date: Date, timeZone: string, pattern: string): string {
  const wall = wallClockOf(date, timeZone);
  const weekday = new Date(wallClockAsUtc(wall)).getUTCDay();
  const hour12 = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
  return pattern.replace(TOKEN, (token, quoted: string | undefined, letter: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted.replace(/''/g, "'");
    if (letter === undefined) return token;
    const n = token.length;
    switch (letter) {
      case 'y':
        return n === 2 ? pad(wall.year % 100, 2) : pad(wall.year, n);
      case 'M':
        return n >= 4
          ? MONTH_NAMES[wall.month - 1]
          : n === 3
            ? MONTH_NAMES[wall.month - 1].slice(0, 3)
            : pad(wall.month, n);
      case 'd':
        return pad(wall.day, n);
      case 'E':
        return n >= 4 ? DAY_NAMES[weekday] : DAY_NAMES[weekday].slice(0, 3);
      case 'u':
        return pad(weekday === 0 ? 7 : weekday, n);
      case 'H':
        return pad(wall.hour, n);
      case 'k':
        return pad(wall.hour === 0 ? 24 : wall.hour, n);
      case 'h':
        return pad(hour12, n);
      case 'K':
        return pad(wall.hour % 12, n);
      case 'm':
        return pad(wall.minute, n);
      case 's':
        return pad(wall.second, n);
      case 'S':
        return pad(wall.millisecond, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
      case 'a':
        return wall.hour < 12 ? 'AM' : 'PM';
      case 'Z':
        return zoneOffset(offsetMinutes(date, timeZone), '');
      case 'X': {
        const minutes = offsetMinutes(date, timeZone);
        if (minutes === 0) return 'Z';
        return n === 1 ? zoneOffset(minutes, '').slice(0, 3) : zoneOffset(minutes, n >= 3 ? ':' : '');
      }
      case 'z':
        return zoneName(date, timeZone);
      default:
        throw new Error(`Illegal pattern character '${letter}'`);
    }
  });
}

function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, '0');
}

function zoneOffset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60), 2)}${separator}${pad(Math.abs(minutes) % 60, 2)}`;
}

function zoneName(date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part ? part.value : timeZone;
}
