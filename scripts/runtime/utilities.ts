/** Utilities: date formatting in a time zone, sleep on the fake clock, UUIDs, base64 (how Gmail's raw is built). */
import { randomUUID } from 'crypto';
import { SERVICE } from './boundary';
import type { Clock } from './clock';
import type { Implements } from './gasTypes';
import { enumOf } from './gasTypes';
import { formatSimpleDate } from './dateFormat';

export class FakeUtilities implements Implements<
  GoogleAppsScript.Utilities.Utilities,
  'formatDate' | 'sleep' | 'getUuid' | 'base64Encode' | 'base64EncodeWebSafe' | 'base64Decode' | 'base64DecodeWebSafe'
> {
  readonly [SERVICE] = 'Utilities';
  readonly Charset = enumOf<typeof GoogleAppsScript.Utilities.Charset>(['US_ASCII', 'UTF_8']);

  constructor(readonly clock: Clock) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date))
      throw new Error(
        `The parameters (${typeof date},String,String) don't match the method signature for Utilities.formatDate.`,
      );
    return formatSimpleDate(date, timeZone, format);
  }

  /** Passes time on the runtime's clock instead of waiting. */
  sleep(milliseconds: number): void {
    this.clock.advance(milliseconds);
  }

  getUuid(): string {
    return randomUUID();
  }

  /** A string is encoded as UTF-8 (US_ASCII: other characters become `?`); a Byte[] as its bytes. */
  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  /** Byte[] as Apps Script gives it: signed, -128 to 127. */
  base64Decode(encoded: string): number[] {
    return signedBytes(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return signedBytes(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
}

function bytesOf(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): Buffer {
  if (Array.isArray(data)) return Buffer.from(data.map((byte) => byte & 0xff));
  const text = String(data);
  return (charset as unknown as string) === 'US_ASCII'
    ? Buffer.from(text.replace(/[^\x00-\x7f]/gu, '?'), 'ascii')
    : Buffer.from(text, 'utf8');
}

function signedBytes(bytes: Buffer): number[] {
  return [...bytes].map((byte) => (byte > 127 ? byte - 256 : byte));
}
