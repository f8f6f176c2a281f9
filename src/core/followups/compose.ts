/**
 * One due message made into an email: recipient, subject and plain-text body, or the problems
 * that hold it back (no valid address, an unknown placeholder, an empty field the template needs).
 */
import type { SampleContext } from './sampleContexts';
import { headerText, singleAddress } from './mailHeaders';
import { mergeValues } from './placeholders';
import type { RuleMessage } from './rules';
import type { Template } from './templates';
import { renderTemplate } from './templates';

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export interface Composed extends Mail {
  problems: string[];
}

export interface ComposeOptions {
  templates: Record<RuleMessage['rule'], Template>;
  senderName: string;
  timeZone: string;
  /** Who runs the add-on: ship reminders go to them when the creator has no Owner address. */
  operatorEmail: string;
}

function creatorAddress(context: SampleContext): { to: string; problem?: string } {
  const handle = context.sample.handle;
  if (!handle) return { to: '', problem: 'this sample has no Handle: add the creator on the Samples tab' };
  const creator = context.creator;
  if (!creator) return { to: '', problem: `@${handle} is not in the Creators tab: add them with their Email` };
  if (creator.emailProblem)
    return { to: '', problem: `the Email of @${handle} on the Creators tab cannot be used: ${creator.emailProblem}` };
  const address = singleAddress(creator.record.email);
  if ('problem' in address) return { to: '', problem: `@${handle} has no Email on the Creators tab: add one` };
  return { to: address.address };
}

/** The creator's Owner when it is an address, else the operator. */
function ownerAddress(context: SampleContext, operatorEmail: string): { to: string; problem?: string } {
  for (const candidate of [context.creator?.record.owner, operatorEmail]) {
    const address = singleAddress(candidate);
    if ('address' in address) return { to: address.address };
  }
  return {
    to: '',
    problem: 'no address for the Owner: write an email address in the Owner column on the Creators tab',
  };
}

export function composeMessage(message: RuleMessage, context: SampleContext, options: ComposeOptions): Composed {
  const recipient =
    message.recipient === 'owner' ? ownerAddress(context, options.operatorEmail) : creatorAddress(context);
  const values = mergeValues({
    sample: context.fields,
    creator: context.creator?.fields,
    product: context.product,
    dueDay: message.dueDay,
    senderName: options.senderName,
    timeZone: options.timeZone,
  });
  const rendered = renderTemplate(options.templates[message.rule], values);
  const problems = recipient.problem ? [recipient.problem, ...rendered.problems] : rendered.problems;
  return { to: recipient.to, subject: headerText(rendered.subject), body: rendered.body, problems };
}
