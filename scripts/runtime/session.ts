/** Session (who runs the code, in which time zone), Logger and console, with everything logged recorded. */
import { SERVICE } from './boundary';
import type { Clock } from './clock';
import type { Implements } from './gasTypes';

export interface LogRecord {
  time: Date;
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

export interface SessionContext {
  user(): string;
  timeZone(): string;
}

type SessionMethods =
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey';

export class FakeSession implements Implements<GoogleAppsScript.Base.Session, SessionMethods> {
  readonly [SERVICE] = 'Session';

  constructor(readonly context: SessionContext) {}

  getActiveUser(): FakeUser {
    return new FakeUser(this.context.user());
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this.context.user());
  }

  /** The runtime takes the script's time zone to be the spreadsheet's. */
  getScriptTimeZone(): string {
    return this.context.timeZone();
  }

  getActiveUserLocale(): string {
    return 'en';
  }

  getTemporaryActiveUserKey(): string {
    return `key-${Buffer.from(this.context.user()).toString('base64url')}`;
  }
}

export class FakeUser implements Implements<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly [SERVICE] = 'User';

  constructor(readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

export class FakeLogger implements Implements<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  readonly [SERVICE] = 'Logger';

  constructor(
    readonly logs: LogRecord[],
    readonly clock: Clock,
  ) {}

  /** log(message) or log(format, ...values) with %s placeholders. */
  log(format: unknown, ...values: unknown[]): FakeLogger {
    const message = values.length === 0 ? show(format) : String(format).replace(/%s/g, () => show(values.shift()));
    this.logs.push({ time: this.clock.now(), source: 'Logger', level: 'log', message });
    return this;
  }

  getLog(): string {
    return this.logs
      .filter((record) => record.source === 'Logger')
      .map((record) => record.message)
      .join('\n');
  }

  clear(): void {
    const kept = this.logs.filter((record) => record.source !== 'Logger');
    this.logs.splice(0, this.logs.length, ...kept);
  }
}

export class FakeConsole {
  readonly [SERVICE] = 'console';

  constructor(
    readonly logs: LogRecord[],
    readonly clock: Clock,
  ) {}

  log(...values: unknown[]): void {
    this.#record('log', values);
  }
  info(...values: unknown[]): void {
    this.#record('info', values);
  }
  warn(...values: unknown[]): void {
    this.#record('warn', values);
  }
  error(...values: unknown[]): void {
    this.#record('error', values);
  }
  debug(...values: unknown[]): void {
    this.#record('debug', values);
  }

  #record(level: LogRecord['level'], values: unknown[]): void {
    this.logs.push({ time: this.clock.now(), source: 'console', level, message: values.map(show).join(' ') });
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Object.prototype.toString.call(value) === '[object Error]')
    return (value as Error).stack ?? (value as Error).message;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
