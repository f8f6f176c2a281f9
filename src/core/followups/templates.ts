/**
 * Email templates: the Templates tab (`Name, Subject, Body`), one row per rule, with
 * `{{placeholders}}`. `{{name|fallback}}` uses the fallback when the field is empty; a placeholder
 * without one needs a value, or the message is held back with the problem.
 */
import { headerColumn, normalizeHeader } from '../aliases';
import { TEMPLATES_HEADERS } from '../schema';
import { cleanText } from '../values';
import type { FollowUpRule } from './rules';
import { FOLLOW_UP_RULES } from './rules';

export interface Template {
  name: string;
  subject: string;
  body: string;
}

const SIGN_OFF = '{{sender name|The team}}';

export const DEFAULT_TEMPLATES: Record<FollowUpRule, Template> = {
  Brief: {
    name: 'Brief',
    subject: 'Your {{product}} sample is on its way',
    body: `Hi {{first name|there}},

Your {{product}} sample has shipped! You can follow it here: {{tracking link|tracking details to follow}}

Once it arrives, we'd love a TikTok video showing how you use it, in your own words, with the product linked from TikTok Shop. We'll confirm your posting date when it's delivered.

Any questions, just reply to this email.

Thanks,
${SIGN_OFF}`,
  },
  Delivered: {
    name: 'Delivered',
    subject: 'Your {{product}} arrived: posting date {{due date}}',
    body: `Hi {{first name|there}},

Your {{product}} sample shows as delivered. We hope you love it!

Could you post your video by {{due date}}? If that date doesn't work for you, reply and we'll find one that does.

Best,
${SIGN_OFF}`,
  },
  Reminder: {
    name: 'Reminder',
    subject: 'Friendly reminder: your {{product}} video is due {{due date}}',
    body: `Hi {{first name|there}},

Just a quick reminder that your {{product}} video is due on {{due date}}. If you've already posted, send us the link and we'll take it from here.

Thanks!
${SIGN_OFF}`,
  },
  Overdue: {
    name: 'Overdue',
    subject: 'Checking in on your {{product}} video',
    body: `Hi {{first name|there}},

Your {{product}} video was due on {{due date}} and we haven't seen it yet. Is everything OK? If you need more time, reply with a date that works for you; if it's already live, please send us the link.

Thanks,
${SIGN_OFF}`,
  },
  'Second nudge': {
    name: 'Second nudge',
    subject: 'Still planning your {{product}} video?',
    body: `Hi {{first name|there}},

We're following up once more about the {{product}} video that was due on {{due date}}. Are you still planning to post? If something has come up, just let us know; we'd love to keep working together.

Best,
${SIGN_OFF}`,
  },
  Thanks: {
    name: 'Thanks',
    subject: 'Thank you for your {{product}} video!',
    body: `Hi {{first name|there}},

Thank you for posting your {{product}} video. We really appreciate it, and we'd love to work with you again.

Best,
${SIGN_OFF}`,
  },
  'Ship reminder': {
    name: 'Ship reminder',
    subject: 'Sample {{Sample ID}} for @{{Handle}} has not shipped',
    body: `The {{product}} sample for @{{Handle}} was requested on {{Requested}} and has not shipped yet.

Sample ID: {{Sample ID}}
Campaign: {{Campaign|none}}

When it ships, fill in Shipped on the Samples tab; the creator's brief follows automatically.`,
  },
};

export function defaultTemplateRows(): string[][] {
  return FOLLOW_UP_RULES.map((rule) => {
    const { name, subject, body } = DEFAULT_TEMPLATES[rule];
    return [name, subject, body];
  });
}

/** The template for each rule: the Templates tab's row of that name, else the default. */
export function readTemplates(values: readonly unknown[][]): Record<FollowUpRule, Template> {
  const [name, subject, body] = TEMPLATES_HEADERS.map((h) => headerColumn(values[0] ?? [], h));
  const templates = { ...DEFAULT_TEMPLATES };
  if (name < 0) return templates;
  for (const row of values.slice(1)) {
    const rule = FOLLOW_UP_RULES.find((r) => normalizeHeader(r) === normalizeHeader(row[name]));
    if (rule) templates[rule] = { name: rule, subject: cleanText(row[subject]), body: String(row[body] ?? '') };
  }
  return templates;
}

/** Merge values by normalized placeholder name ('First name' and 'first name' are the same). */
export type MergeValues = Map<string, string>;

const PLACEHOLDER = /\{\{([^{}|]*)(?:\|([^{}]*))?\}\}/g;

export function fillPlaceholders(
  text: string,
  values: MergeValues,
  where: string,
): { text: string; problems: string[] } {
  const problems: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, rawName: string, fallback: string | undefined) => {
    const value = values.get(normalizeHeader(rawName));
    if (value === undefined) problems.push(`${where} has an unknown placeholder ${whole}`);
    else if (value === '' && fallback === undefined) {
      problems.push(
        `${where} needs ${whole}, which is empty here: fill it in, or write {{${rawName.trim()}|fallback text}}`,
      );
    }
    return value || fallback?.trim() || '';
  });
  if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, '')))
    problems.push(`${where} has a {{ or }} that is not part of a placeholder`);
  return { text: filled, problems };
}

export function renderTemplate(
  template: Template,
  values: MergeValues,
): { subject: string; body: string; problems: string[] } {
  const where = `the ${template.name} template's`;
  const subject = fillPlaceholders(template.subject, values, `${where} subject`);
  const body = fillPlaceholders(template.body, values, `${where} body`);
  const problems = [...subject.problems, ...body.problems];
  if (template.subject.trim() === '')
    problems.push(`the ${template.name} template has no subject: write one in the Templates tab`);
  if (template.body.trim() === '')
    problems.push(`the ${template.name} template has no body: write one in the Templates tab`);
  return { subject: subject.text, body: body.text, problems };
}
