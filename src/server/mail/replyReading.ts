/**
 * Reading replies and bounces is optional: it needs the restricted gmail.metadata scope, which a
 * public add-on may hold only after Google's yearly security assessment. The build makes two
 * copies: the default one (dist/) never declares the scope, so it is never asked for; the other
 * (dist-reading/) declares it, and asks each user for it only when they switch reading on
 * (granular consent: the rest of the add-on works without it).
 */
import { OperatorError } from '../../core/errors';

export const GMAIL_METADATA_SCOPE = 'https://www.googleapis.com/auth/gmail.metadata';

/** Set by scripts/build.ts: true only in the copy whose manifest declares gmail.metadata. */
declare const REPLY_READING_BUILD: boolean;

export function replyReadingAvailable(): boolean {
  return typeof REPLY_READING_BUILD !== 'undefined' && REPLY_READING_BUILD;
}

export const NOT_IN_THIS_BUILD =
  'This copy of Creator Ops was published without Gmail read access, so it cannot see replies or bounces. Change a creator\'s Status to "replied", or mark a thread in the Today panel.';

/** The granular-consent forms of these methods (2025) are newer than @types/google-apps-script. */
interface GranularScriptApp {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    scopes: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo;
  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, scopes: string[]): void;
}

const scriptApp = () => ScriptApp as unknown as GranularScriptApp & typeof ScriptApp;

function authorization(): GoogleAppsScript.Script.AuthorizationInfo {
  return scriptApp().getAuthorizationInfo(ScriptApp.AuthMode.FULL, [GMAIL_METADATA_SCOPE]);
}

/** Whether this user granted the scope; never asks. */
export function readingGranted(): boolean {
  if (!replyReadingAvailable()) return false;
  return authorization().getAuthorizationStatus() === ScriptApp.AuthorizationStatus.NOT_REQUIRED;
}

/** The page where the user grants the scope, or undefined when it is granted. */
export function readingConsentUrl(): string | undefined {
  if (!replyReadingAvailable()) throw new OperatorError(NOT_IN_THIS_BUILD);
  const info = authorization();
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.NOT_REQUIRED) return undefined;
  return info.getAuthorizationUrl() ?? undefined;
}

/** From a menu item: stops and shows Google's consent prompt when the scope is not granted yet. */
export function requireReading(): void {
  if (!replyReadingAvailable()) throw new OperatorError(NOT_IN_THIS_BUILD);
  scriptApp().requireScopes(ScriptApp.AuthMode.FULL, [GMAIL_METADATA_SCOPE]);
}
