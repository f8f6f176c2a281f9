/**
 * What Apps Script refuses depending on how the code runs. Custom functions may read the spreadsheet
 * but not write it, and may not use services that need authorization; onOpen in AuthMode.NONE may
 * only build menus; time-driven triggers have no user interface.
 */

/** FULL: a menu item or sidebar call. TRIGGER: an installable trigger. CUSTOM_FUNCTION: a formula. */
export type ExecutionMode = 'FULL' | 'LIMITED' | 'NONE' | 'TRIGGER' | 'CUSTOM_FUNCTION';

const WRITES =
  /^(set|clear|insert|delete|remove|append|hide|show|activate|autoResize|update|toast|rename|add|move|sort|protect)/;
const READ_ONLY_IN_CUSTOM_FUNCTIONS = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'EmbeddedChart',
  'Properties',
  'DeveloperMetadata',
  'Protection',
]);
/** Advanced services need the user's authorization in every mode that has it. */
const ADVANCED_SERVICES = ['Gmail.Users.Messages', 'Gmail.Users.Threads'];
const DENIED_IN_CUSTOM_FUNCTIONS = new Set([
  'MailApp',
  'ScriptApp',
  'AuthorizationInfo',
  ...ADVANCED_SERVICES,
  'Trigger',
  'TriggerBuilder',
  'ClockTriggerBuilder',
  'SpreadsheetTriggerBuilder',
  'Ui',
  'Menu',
]);
const ALLOWED_WITHOUT_AUTHORIZATION = new Set([
  'Ui',
  'Menu',
  'Utilities',
  'Logger',
  'console',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
]);

/** The error Apps Script throws for this call in this mode, or undefined when it is allowed. */
export function deniedCall(service: string, method: string, mode: ExecutionMode): string | undefined {
  const qualified = `${service}.${method}`;
  if (qualified === 'SpreadsheetApp.getUi' && (mode === 'TRIGGER' || mode === 'CUSTOM_FUNCTION')) {
    return 'Cannot call SpreadsheetApp.getUi() from this context.';
  }
  const denied =
    (mode === 'CUSTOM_FUNCTION' &&
      (DENIED_IN_CUSTOM_FUNCTIONS.has(service) ||
        (READ_ONLY_IN_CUSTOM_FUNCTIONS.has(service) && WRITES.test(method)))) ||
    (mode === 'NONE' && qualified !== 'SpreadsheetApp.getUi' && !ALLOWED_WITHOUT_AUTHORIZATION.has(service)) ||
    (mode === 'LIMITED' && (service === 'MailApp' || service === 'ScriptApp' || ADVANCED_SERVICES.includes(service)));
  return denied ? `You do not have permission to call ${qualified}` : undefined;
}
