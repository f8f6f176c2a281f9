/**
 * ScriptApp's installable triggers, with the rules editor add-ons live under: one trigger of each
 * event type per user per document, clock triggers at most hourly, every user sees only their own.
 * Also granular consent: getAuthorizationInfo and requireScopes over the user's granted scopes.
 */
import { SERVICE } from './boundary';
import type { ConsentCenter } from './consent';
import { AUTHORIZATION_REQUIRED } from './consent';
import type { Implements } from './gasTypes';
import { enumOf } from './gasTypes';
import type { FakeSpreadsheet } from './spreadsheet';

export type TriggerEvent = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export interface TriggerRecord {
  id: string;
  handler: string;
  event: TriggerEvent;
  /** For clock triggers: the schedule. */
  everyHours?: number;
  everyDays?: number;
  afterMs?: number;
  at?: Date;
  atHour?: number;
  /** The email of the user who created it (it runs as them). */
  owner: string;
  /** The spreadsheet it belongs to. */
  sourceId: string;
}

/** The state triggers need: all users' triggers, the current user and document. */
export interface TriggerContext {
  triggers: TriggerRecord[];
  user(): string;
  spreadsheet: FakeSpreadsheet;
  scriptId: string;
  consent: ConsentCenter;
}

const EVERY_HOURS_ALLOWED = [1, 2, 4, 6, 8, 12];

type ScriptAppMethods =
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
  | 'getAuthorizationInfo'
  | 'requireScopes'
  | 'requireAllScopes';

export class FakeScriptApp implements Implements<GoogleAppsScript.Script.ScriptApp, ScriptAppMethods> {
  readonly [SERVICE] = 'ScriptApp';
  readonly AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
  readonly AuthorizationStatus = enumOf<typeof GoogleAppsScript.Script.AuthorizationStatus>([
    'REQUIRED',
    'NOT_REQUIRED',
  ]);
  readonly EventType = enumOf<typeof GoogleAppsScript.Script.EventType>([
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  ]);
  readonly TriggerSource = enumOf<typeof GoogleAppsScript.Script.TriggerSource>([
    'SPREADSHEETS',
    'CLOCK',
    'FORMS',
    'DOCUMENTS',
    'CALENDAR',
  ]);

  constructor(readonly context: TriggerContext) {}

  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.context, functionName);
  }

  /** The current user's triggers of this add-on. */
  getProjectTriggers(): FakeTrigger[] {
    return this.context.triggers
      .filter((trigger) => trigger.owner === this.context.user())
      .map((trigger) => new FakeTrigger(trigger));
  }

  getUserTriggers(spreadsheet: FakeSpreadsheet): FakeTrigger[] {
    return this.getProjectTriggers().filter((trigger) => trigger.record.sourceId === spreadsheet.getId());
  }

  deleteTrigger(trigger: FakeTrigger): void {
    const index = this.context.triggers.findIndex(
      (record) => record.id === trigger.record.id && record.owner === this.context.user(),
    );
    if (index >= 0) this.context.triggers.splice(index, 1);
  }

  getScriptId(): string {
    return this.context.scriptId;
  }

  /**
   * Whether the user still has to grant some of `oAuthScopes` (default: all the manifest's). Only
   * AuthMode.FULL needs consent; scopes the manifest lacks are refused as a programming error.
   */
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]): FakeAuthorizationInfo {
    const { consent } = this.context;
    const asked = oAuthScopes ? [...oAuthScopes] : [...consent.declared];
    consent.requireDeclared(asked);
    const missing = (authMode as unknown as string) === 'FULL' ? consent.missing(asked) : [];
    return new FakeAuthorizationInfo({
      missing,
      authorized: asked.filter((scope) => consent.granted.has(scope)),
      url: missing.length > 0 ? authorizationUrl(this.context.scriptId, missing) : null,
    });
  }

  /** Returns when every scope is granted; otherwise asks for the missing ones and ends the execution. */
  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void {
    const { consent } = this.context;
    consent.requireDeclared(oAuthScopes);
    const missing = (authMode as unknown as string) === 'FULL' ? consent.missing(oAuthScopes) : [];
    if (missing.length === 0) return;
    consent.requests.push(missing);
    consent.stoppedWith = AUTHORIZATION_REQUIRED;
    throw new Error(AUTHORIZATION_REQUIRED);
  }

  requireAllScopes(authMode: GoogleAppsScript.Script.AuthMode): void {
    this.requireScopes(authMode, [...this.context.consent.declared]);
  }
}

interface AuthorizationState {
  missing: string[];
  authorized: string[];
  url: string | null;
}

export class FakeAuthorizationInfo {
  readonly [SERVICE] = 'AuthorizationInfo';

  constructor(readonly state: AuthorizationState) {}

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.state.missing.length > 0
      ? 'REQUIRED'
      : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }

  /** Null when nothing is missing, as in Apps Script. */
  getAuthorizationUrl(): string | null {
    return this.state.url;
  }

  getAuthorizedScopes(): string[] {
    return [...this.state.authorized];
  }
}

/** Where the user would re-consent; the local runtime's own address, naming the missing scopes. */
function authorizationUrl(scriptId: string, missing: string[]): string {
  return `https://script.google.com/macros/d/${scriptId}/authorize?scope=${encodeURIComponent(missing.join(' '))}`;
}

export class FakeTriggerBuilder implements Implements<
  GoogleAppsScript.Script.TriggerBuilder,
  'timeBased' | 'forSpreadsheet'
> {
  readonly [SERVICE] = 'TriggerBuilder';

  constructor(
    readonly context: TriggerContext,
    readonly handler: string,
  ) {}

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.context, this.#draft('CLOCK'));
  }

  forSpreadsheet(sheet: FakeSpreadsheet | string): FakeSpreadsheetTriggerBuilder {
    const sourceId = typeof sheet === 'string' ? sheet : sheet.getId();
    return new FakeSpreadsheetTriggerBuilder(this.context, { ...this.#draft('ON_OPEN'), sourceId });
  }

  #draft(event: TriggerEvent): TriggerRecord {
    return {
      id: '',
      handler: this.handler,
      event,
      owner: this.context.user(),
      sourceId: this.context.spreadsheet.getId(),
    };
  }
}

type ClockMethods =
  'everyHours' | 'everyMinutes' | 'everyDays' | 'after' | 'at' | 'atHour' | 'nearMinute' | 'inTimezone' | 'create';

export class FakeClockTriggerBuilder implements Implements<GoogleAppsScript.Script.ClockTriggerBuilder, ClockMethods> {
  readonly [SERVICE] = 'ClockTriggerBuilder';

  constructor(
    readonly context: TriggerContext,
    readonly record: TriggerRecord,
  ) {}

  everyHours(n: number): FakeClockTriggerBuilder {
    if (!EVERY_HOURS_ALLOWED.includes(n))
      throw new Error('The value passed to everyHours() must be 1, 2, 4, 6, 8 or 12.');
    this.record.everyHours = n;
    return this;
  }

  everyMinutes(): FakeClockTriggerBuilder {
    throw new Error('Add-ons cannot create time-based triggers that run more often than once an hour.');
  }

  everyDays(n: number): FakeClockTriggerBuilder {
    this.record.everyDays = n;
    return this;
  }

  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    this.record.afterMs = durationMilliseconds;
    return this;
  }

  at(date: Date): FakeClockTriggerBuilder {
    this.record.at = new Date(date.getTime());
    return this;
  }

  atHour(hour: number): FakeClockTriggerBuilder {
    this.record.atHour = hour;
    return this;
  }

  nearMinute(): FakeClockTriggerBuilder {
    return this;
  }

  inTimezone(): FakeClockTriggerBuilder {
    return this;
  }

  create(): FakeTrigger {
    const { everyHours, everyDays, afterMs, at } = this.record;
    if ([everyHours, everyDays, afterMs, at].every((schedule) => schedule === undefined)) {
      throw new Error('Time-based triggers need a schedule: call everyHours, everyDays, after or at before create().');
    }
    return install(this.context, this.record);
  }
}

type SpreadsheetTriggerMethods = 'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create';

export class FakeSpreadsheetTriggerBuilder implements Implements<
  GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
  SpreadsheetTriggerMethods
> {
  readonly [SERVICE] = 'SpreadsheetTriggerBuilder';

  constructor(
    readonly context: TriggerContext,
    readonly record: TriggerRecord,
  ) {}

  onOpen(): FakeSpreadsheetTriggerBuilder {
    return this.#on('ON_OPEN');
  }

  onEdit(): FakeSpreadsheetTriggerBuilder {
    return this.#on('ON_EDIT');
  }

  onChange(): FakeSpreadsheetTriggerBuilder {
    return this.#on('ON_CHANGE');
  }

  onFormSubmit(): FakeSpreadsheetTriggerBuilder {
    return this.#on('ON_FORM_SUBMIT');
  }

  create(): FakeTrigger {
    return install(this.context, this.record);
  }

  #on(event: TriggerEvent): FakeSpreadsheetTriggerBuilder {
    this.record.event = event;
    return this;
  }
}

type TriggerMethods = 'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId';

export class FakeTrigger implements Implements<GoogleAppsScript.Script.Trigger, TriggerMethods> {
  readonly [SERVICE] = 'Trigger';

  constructor(readonly record: TriggerRecord) {}

  getHandlerFunction(): string {
    return this.record.handler;
  }

  getUniqueId(): string {
    return this.record.id;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return this.record.event as unknown as GoogleAppsScript.Script.EventType;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return (this.record.event === 'CLOCK'
      ? 'CLOCK'
      : 'SPREADSHEETS') as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  getTriggerSourceId(): string {
    return this.record.sourceId;
  }
}

let triggerCount = 0;

function install(context: TriggerContext, draft: TriggerRecord): FakeTrigger {
  const sameKind = context.triggers.some(
    (existing) =>
      existing.owner === draft.owner && existing.sourceId === draft.sourceId && existing.event === draft.event,
  );
  if (sameKind) {
    const kind = draft.event === 'CLOCK' ? 'time-based' : draft.event.toLowerCase().replace('on_', 'on ');
    throw new Error(`This add-on has created too many ${kind} triggers in this document for this Google user account.`);
  }
  const record = { ...draft, id: String(++triggerCount) };
  context.triggers.push(record);
  return new FakeTrigger(record);
}
