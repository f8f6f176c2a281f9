/**
 * An outreach email as the creator reads it: the template filled with their columns, then the
 * opt-out line and the sender's postal address, which every outreach email carries (CAN-SPAM in the
 * US, PECR in the UK). A follow-up goes in the first email's thread, so it repeats that subject.
 */
import { replySubject } from '../followups/emails';
import type { MergeValues, Template } from '../followups/templates';
import { fillPlaceholders } from '../followups/templates';
import type { Thread } from '../mail/memory';

export const OPT_OUT_LINE = "If you'd rather not hear from us, reply 'stop' and we won't email you again.";

export const NO_POSTAL_ADDRESS =
  'Outreach sends nothing until the Settings row "Sender postal address" holds your business postal address: every outreach email must show it under the opt-out line.';

export function outreachFooter(postalAddress: string): string {
  return `\n\n—\n${OPT_OUT_LINE}\n${postalAddress.trim()}`;
}

export interface OutreachMail {
  subject: string;
  body: string;
  /** Placeholders that could not be filled, or a missing subject or body: the email is not sent. */
  problems: string[];
}

export function outreachEmail(
  template: Template,
  values: MergeValues,
  postalAddress: string,
  thread: Thread | undefined,
): OutreachMail {
  const where = `the ${template.name} template's`;
  const body = fillPlaceholders(template.body, values, `${where} body`);
  const subject = thread ? undefined : fillPlaceholders(template.subject, values, `${where} subject`);
  const problems = [...(subject?.problems ?? []), ...body.problems];
  if (!thread && template.subject.trim() === '')
    problems.push(
      `the ${template.name} template has no subject, and a first email needs one: write it in the Templates tab`,
    );
  if (template.body.trim() === '')
    problems.push(`the ${template.name} template has no body: write one in the Templates tab`);
  return {
    subject: thread ? replySubject(thread) : (subject?.text ?? ''),
    body: `${body.text.trimEnd()}${outreachFooter(postalAddress)}`,
    problems,
  };
}
