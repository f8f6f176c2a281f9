/**
 * The local runtime: the built add-on (dist/Code.js) loaded into a Node vm context the way Apps
 * Script loads it, with in-memory stand-ins for the Apps Script services working on a WorkbookModel.
 */
import * as path from 'path';
import { Boundary } from './boundary';
import { enteredCell } from './cellInput';
import { cellAt, putCell } from './grid';
import type { Clock } from './clock';
import { createClock } from './clock';
import { scriptDateClass } from './scriptDate';
import { evaluateCustomFunctions } from './customFunctions';
import { FakeCacheService } from './cache';
import { ConsentCenter } from './consent';
import { FakeGmail } from './gmail';
import { GmailMailboxes } from './gmailMailbox';
import { FakeHtmlService } from './html';
import { FakeLockService, LockTable } from './lock';
import type { SentMail } from './mail';
import { FakeMailApp, MailCenter } from './mail';
import { advancedServiceSymbol, readManifest } from './manifest';
import type { ExecutionMode } from './permissions';
import type { PropertyStores } from './properties';
import { FakePropertiesService } from './properties';
import type { TriggerRecord } from './scriptApp';
import { FakeScriptApp } from './scriptApp';
import { ScriptHost } from './scriptHost';
import type { LogRecord } from './session';
import { FakeConsole, FakeLogger, FakeSession } from './session';
import type { ReadRecord, WriteRecord } from './spreadsheet';
import { FakeCharts, FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import type { MenuEntry } from './ui';
import { FakeUi, UiRecorder } from './ui';
import { FakeUtilities } from './utilities';
import type { WorkbookModel } from './workbook';

export type { ExecutionMode } from './permissions';
export type { SentMail } from './mail';
export type { GmailSent, GmailThread, StoredMessage } from './gmailMailbox';
export type { Header } from './mime';
export type { TriggerRecord } from './scriptApp';
export type { AlertRecord, DialogRecord, MenuEntry, MenuRecord, PromptRecord, ToastRecord } from './ui';
export type { LogRecord } from './session';
export { FakeSpreadsheet } from './spreadsheet';
export type { ReadRecord, WriteRecord } from './spreadsheet';

export interface RuntimeOptions {
  /** Mutated in place by the fake services. */
  workbook: WorkbookModel;
  /** The fake clock's start; default now. */
  now?: Date;
  /** Default 'operator@example.com'. */
  userEmail?: string;
  /** Recipients MailApp may still send to today; default 100 (a consumer account). */
  mailQuota?: number;
  /** Recipients Gmail.Users.Messages.send may reach over a rolling 24 hours per user; default 500 (consumer Gmail). */
  gmailSendingLimit?: number;
  /**
   * Default path.resolve('dist/Code.js'); HtmlService reads .html files from its folder, and the
   * manifest (oauthScopes, enabled advanced services) is the appsscript.json beside it.
   */
  codePath?: string;
  /** The scopes every user has granted; default all of the manifest's oauthScopes but `withheldScopes`. */
  grantedScopes?: string[];
  /** Manifest scopes users did not grant on the granular consent screen. */
  withheldScopes?: string[];
  /** Default 'local-spreadsheet' and 'Creator Ops (local)'. */
  spreadsheetId?: string;
  spreadsheetName?: string;
  /**
   * How long each service call takes on the fake clock, by 'Class.method' (default none: the clock
   * stands still). Lets a test make a run pass its time budget at a chosen point.
   */
  callCost?: (method: string) => number;
}

export interface RuntimeUi extends UiRecorder {
  /** Runs the function behind a menu item, found by caption (`'Organize'` or `'Creator Ops > Organize'`). */
  clickMenuItem(caption: string): unknown;
}

/** The Gmail mailboxes behind the Gmail advanced service, and what the world sends back. */
export type RuntimeGmail = Pick<
  GmailMailboxes,
  'sent' | 'undeliverable' | 'threads' | 'reply' | 'bounce' | 'autoReply' | 'rateLimitAt' | 'remainingRecipients'
>;

/** The current user's consent: what they granted, what requireScopes asked for, the prompt's answer. */
export type RuntimeConsent = Pick<ConsentCenter, 'granted' | 'requests' | 'grant'>;

export interface Runtime {
  /** Calls a top-level function of Code.js as a menu item or sidebar call would (AuthMode.FULL). */
  call(functionName: string, ...args: unknown[]): unknown;
  /** Calls it as Apps Script would in another mode: 'NONE'/'LIMITED' (onOpen), 'TRIGGER', 'CUSTOM_FUNCTION'. */
  callAs(mode: ExecutionMode, functionName: string, ...args: unknown[]): unknown;
  has(functionName: string): boolean;
  /** The top-level functions of Code.js. */
  functionNames(): string[];
  /** Date inside Code.js follows this clock. */
  clock: Clock;
  /** Service calls made by Code.js, by 'Class.method'. */
  calls: Record<string, number>;
  /** Every Range write Code.js made (method, A1 range, cells), in order; resetCalls empties it too. */
  writes: WriteRecord[];
  /** Every Range read Code.js made (values, display values, formulas, formats) with its cells; resetCalls empties it too. */
  reads: ReadRecord[];
  resetCalls(): void;
  /** What MailApp and Gmail.Users.Messages.send sent, in order. */
  outbox: SentMail[];
  /** The k-th send from now (1 = the next), MailApp's or Gmail's, throws (Gmail's wrapped as its API error). */
  failSendAt(k: number, error?: string): void;
  /** Before the k-th send from now (MailApp's or Gmail's) goes out, `act` runs: a person's edit while a run sends. */
  actAtSend(k: number, act: () => void): void;
  /** The k-th send from now ends the execution before it goes out (the time limit, a crash): uncatchable. */
  endExecutionAtSend(k: number): void;
  gmail: RuntimeGmail;
  consent: RuntimeConsent;
  ui: RuntimeUi;
  /** Every user's installed triggers. */
  triggers: TriggerRecord[];
  /**
   * A person types `input` into one cell of a tab, as in Sheets: stored as typed input is (cellInput.ts),
   * then Code.js's onEdit simple trigger, if it has one, runs in AuthMode.LIMITED with the edit's event.
   * Not a write of Code.js's: the write log does not show it.
   */
  typeIn(sheetName: string, a1: string, input: string | number | boolean | Date | null): void;
  /** Runs a trigger's handler as Apps Script does: as its owner, without UI, with a clock event object. */
  fireTrigger(trigger: TriggerRecord): unknown;
  /** The user Code.js runs as; switch it to act as another user of the same spreadsheet. */
  userEmail: string;
  properties: PropertyStores;
  /** CacheService's document, script and user caches (key → value and expiry). */
  caches: FakeCacheService['stores'];
  locks: { holdDocumentLock(): () => void; holdScriptLock(): () => void };
  spreadsheet: FakeSpreadsheet;
  workbook: WorkbookModel;
  /** Recalculates the custom-function formulas; returns how many formula cells were evaluated. */
  evaluateFormulas(): number;
  /** From the last evaluateFormulas: messages of cells showing an error, keyed `Sheet!A1`. */
  formulaErrors: Record<string, string>;
  /** Logger and console output. */
  logs: LogRecord[];
}

const CUSTOM_FUNCTION_LIMIT_MS = 30_000;
const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

export function createRuntime(options: RuntimeOptions): Runtime {
  const workbook = options.workbook;
  const codePath = options.codePath ?? path.resolve('dist/Code.js');
  const clock = createClock(options.now ?? new Date());
  const calls: Record<string, number> = {};
  let mode: ExecutionMode = 'FULL';
  const recorder = new UiRecorder();
  const properties: PropertyStores = { document: {}, user: {}, script: {} };
  const lockTable = new LockTable();
  const mail = new MailCenter(options.mailQuota ?? 100, clock);
  const manifest = readManifest(codePath);
  const withheld = options.withheldScopes ?? [];
  const consent = new ConsentCenter(
    manifest.oauthScopes,
    options.grantedScopes ?? manifest.oauthScopes.filter((scope) => !withheld.includes(scope)),
    () => runtime.userEmail,
  );
  const mailboxes = new GmailMailboxes(clock, options.gmailSendingLimit ?? 500);
  const triggers: TriggerRecord[] = [];
  const logs: LogRecord[] = [];
  const identity = {
    id: options.spreadsheetId ?? 'local-spreadsheet',
    name: options.spreadsheetName ?? 'Creator Ops (local)',
  };
  const spreadsheet = new FakeSpreadsheet(workbook, identity, recorder, clock);
  const ui = new FakeUi(recorder);

  const services = {
    SpreadsheetApp: new FakeSpreadsheetApp(spreadsheet, ui),
    Charts: new FakeCharts(),
    PropertiesService: new FakePropertiesService(properties),
    LockService: new FakeLockService(lockTable, clock),
    CacheService: new FakeCacheService(clock),
    ScriptApp: new FakeScriptApp({
      triggers,
      user: () => runtime.userEmail,
      spreadsheet,
      scriptId: 'local-script',
      consent,
    }),
    MailApp: new FakeMailApp(mail),
    HtmlService: new FakeHtmlService(path.dirname(codePath), (source) => host.evaluate(source)),
    Utilities: new FakeUtilities(clock),
    Session: new FakeSession({ user: () => runtime.userEmail, timeZone: () => workbook.timeZone }),
    Logger: new FakeLogger(logs, clock),
    console: new FakeConsole(logs, clock),
  };
  const gmailSymbol = advancedServiceSymbol(manifest, 'gmail');
  const advancedServices = gmailSymbol
    ? { [gmailSymbol]: new FakeGmail({ mailboxes, mail, consent, user: () => runtime.userEmail }) }
    : {};
  const ScriptDate = scriptDateClass(clock, () => workbook.timeZone);
  const host = new ScriptHost({ Date: ScriptDate });
  const callCost = options.callCost;
  const boundary = new Boundary(
    host.realm,
    ScriptDate,
    calls,
    () => mode,
    () => consent.stoppedWith,
    (name) => {
      if (callCost) clock.advance(callCost(name));
    },
  );
  for (const [name, service] of Object.entries({ ...services, ...advancedServices }))
    host.context[name] = boundary.toScript(service);
  host.load(codePath);

  /** One execution: its own lock ownership and the mode's permissions; requireScopes may end it. */
  const execute = (
    executionMode: ExecutionMode,
    functionName: string,
    args: unknown[],
    timeoutMs?: number,
  ): unknown => {
    const outer = { mode, execution: lockTable.execution, stopped: consent.stoppedWith };
    mode = executionMode;
    lockTable.execution = Symbol(functionName);
    consent.stoppedWith = undefined;
    try {
      const result = host.invoke(
        functionName,
        args.map((arg) => boundary.toScript(arg)),
        timeoutMs,
      );
      // The script caught the error that ended it (requireScopes, the time limit), but the execution had ended there all the same.
      if (consent.stoppedWith) throw new Error(consent.stoppedWith);
      return result;
    } finally {
      lockTable.releaseAllOf(lockTable.execution);
      mode = outer.mode;
      lockTable.execution = outer.execution;
      consent.stoppedWith = outer.stopped;
    }
  };

  const callCustomFunction = (functionName: string, args: unknown[]): unknown => {
    const started = clock.now().getTime();
    let result: unknown;
    try {
      result = execute('CUSTOM_FUNCTION', functionName, args, CUSTOM_FUNCTION_LIMIT_MS);
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Error(TIME_LIMIT_MESSAGE);
      throw error;
    }
    if (clock.now().getTime() - started > CUSTOM_FUNCTION_LIMIT_MS) throw new Error(TIME_LIMIT_MESSAGE);
    return result;
  };

  const runtime: Runtime = {
    call: (functionName, ...args) => execute('FULL', functionName, args),
    callAs: (executionMode, functionName, ...args) => execute(executionMode, functionName, args),
    has: (functionName) => host.has(functionName),
    functionNames: () => host.functionNames(),
    clock,
    calls,
    writes: spreadsheet.writes,
    reads: spreadsheet.reads,
    resetCalls: () => {
      for (const key of Object.keys(calls)) delete calls[key];
      spreadsheet.writes.length = 0;
      spreadsheet.reads.length = 0;
    },
    outbox: mail.outbox,
    failSendAt: (k, error) => mail.failSendAt(k, error),
    actAtSend: (k, act) => mail.actAtSend(k, act),
    endExecutionAtSend: (k) => mail.endExecutionAtSend(k),
    gmail: mailboxes,
    consent,
    ui: Object.assign(recorder, { clickMenuItem: (caption: string) => runtime.call(menuFunction(recorder, caption)) }),
    triggers,
    fireTrigger: (trigger) => {
      const asUser = runtime.userEmail;
      runtime.userEmail = trigger.owner;
      try {
        return execute('TRIGGER', trigger.handler, [clockEvent(trigger, clock.now(), workbook.timeZone)]);
      } finally {
        runtime.userEmail = asUser;
      }
    },
    typeIn: (sheetName, a1, input) => {
      const sheet = spreadsheet.getSheetByName(sheetName);
      if (!sheet) throw new Error(`No tab "${sheetName}" to type into`);
      const range = sheet.getRange(a1);
      if (range.numRows !== 1 || range.numColumns !== 1) throw new Error(`typeIn types into one cell, not ${a1}`);
      const oldValue = range.getValue();
      const format = cellAt(sheet.model, range.row, range.column)?.numberFormat;
      putCell(sheet.model, range.row, range.column, enteredCell(input, format, workbook.timeZone));
      if (!host.has('onEdit')) return;
      const event = { authMode: 'LIMITED', range, source: spreadsheet, value: input, oldValue };
      execute('LIMITED', 'onEdit', [event]);
    },
    userEmail: options.userEmail ?? 'operator@example.com',
    properties,
    caches: services.CacheService.stores,
    locks: { holdDocumentLock: () => lockTable.hold('document'), holdScriptLock: () => lockTable.hold('script') },
    spreadsheet,
    workbook,
    evaluateFormulas: () => {
      const functionNames = host.functionNames();
      const result = evaluateCustomFunctions(spreadsheet, {
        resolve: (name) => customFunctionName(functionNames, name),
        call: callCustomFunction,
      });
      runtime.formulaErrors = result.errors;
      return result.evaluated;
    },
    formulaErrors: {},
    logs,
  };
  return runtime;
}

/** Sheets matches a custom function's name regardless of case; names ending in `_` are private. */
function customFunctionName(functionNames: string[], name: string): string | undefined {
  return functionNames.find((candidate) => candidate.toUpperCase() === name.toUpperCase() && !candidate.endsWith('_'));
}

function menuFunction(recorder: UiRecorder, caption: string): string {
  const found: string[] = [];
  const visit = (entries: MenuEntry[], prefix: string): void => {
    for (const entry of entries) {
      if ('subMenu' in entry) visit(entry.subMenu.entries, `${prefix}${entry.subMenu.name} > `);
      else if ('caption' in entry && (entry.caption === caption || `${prefix}${entry.caption}` === caption))
        found.push(entry.functionName);
    }
  };
  for (const menu of recorder.menus) visit(menu.entries, `${menu.name} > `);
  if (found.length !== 1)
    throw new Error(found.length === 0 ? `No menu item "${caption}"` : `Several menu items "${caption}"`);
  return found[0];
}

/** The event object of a time-driven trigger. */
function clockEvent(trigger: TriggerRecord, now: Date, timeZone: string): Record<string, unknown> {
  return {
    authMode: 'FULL',
    triggerUid: trigger.id,
    timezone: timeZone,
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
  };
}
