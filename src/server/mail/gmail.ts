/**
 * Sending through the Gmail advanced service (scope gmail.send): unlike MailApp it answers with the
 * message's id and thread id, which is how a follow-up lands in the creator's existing conversation.
 */
/// <reference types="google-apps-script/apis/gmail_v1" />
import type { OutgoingMime } from '../../core/mail/mime';
import { rawMessage } from '../../core/mail/mime';

export interface GmailSent {
  id: string;
  threadId: string;
}

type GmailService = NonNullable<typeof Gmail>;

/** The advanced service, or a message that says how to enable it (appsscript.json's dependencies). */
export function gmail(): GmailService {
  if (typeof Gmail === 'undefined' || !Gmail)
    throw new Error('The Gmail advanced service is not enabled: add it under dependencies in appsscript.json.');
  return Gmail;
}

/** Sends one email; `threadId` continues that conversation (the headers and subject must match it). */
export function sendWithGmail(mail: OutgoingMime, threadId?: string): GmailSent {
  const resource: GoogleAppsScript.Gmail.Schema.Message = { raw: rawMessage(mail) };
  if (threadId) resource.threadId = threadId;
  const sent = gmail().Users.Messages.send(resource, 'me');
  return { id: sent.id ?? '', threadId: sent.threadId ?? '' };
}

// Gmail's answers when the account has sent too much for now: not this email's fault, so it waits
// for a later run instead of failing for good.
const LIMIT_ERRORS = /rate limit|ratelimit|quota|limit exceeded|too many|try again later|retry after|429/i;

export function isSendingLimit(error: unknown): boolean {
  return LIMIT_ERRORS.test(error instanceof Error ? error.message : String(error));
}
