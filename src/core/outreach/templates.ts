/**
 * Outreach templates: rows of the Templates tab (`Name, Subject, Body`), named by the Sequences tab.
 * A first email (step 1) needs a Subject; a follow-up goes in the first email's thread and keeps its
 * subject, so its template's Subject is left blank. The mail engine adds the opt-out line and the
 * postal address to every outreach email: templates do not carry them.
 * Placeholders are the creator's (followups/placeholders.ts, creatorMergeValues).
 */
import { headerColumn, normalizeHeader } from '../aliases';
import type { Template } from '../followups/templates';
import { TEMPLATES_HEADERS } from '../schema';
import { cleanText } from '../values';

const SIGN_OFF = '{{sender name|The team}}';

export const DEFAULT_OUTREACH_TEMPLATES: readonly Template[] = [
  {
    name: 'Outreach opener A',
    subject: 'Paid TikTok Shop collab with {{brand|us}}, @{{Handle}}?',
    body: `Hi {{first name|there}},

We love your videos and think your audience would love {{brand|our products}} too. We'd like to send you a free sample and pay you commission on every sale your videos bring in through TikTok Shop.

Interested? Reply to this email and I'll send the details.

Thanks,
${SIGN_OFF}`,
  },
  {
    name: 'Outreach opener B',
    subject: 'Quick question, @{{Handle}}',
    body: `Hi {{first name|there}},

Do you take on TikTok Shop collaborations? We're {{brand|a small brand}} and we'd love to send you a free sample to try, no strings attached. If you like it and post about it, you earn commission on every sale.

Would you like one? Just reply with a yes.

Best,
${SIGN_OFF}`,
  },
  {
    name: 'Outreach follow-up 1',
    subject: '',
    body: `Hi {{first name|there}},

Bringing this back to the top of your inbox in case it got buried. We'd still love to send you a free sample, with commission on every sale from your videos.

Want one? A quick reply is all it takes.

Thanks,
${SIGN_OFF}`,
  },
  {
    name: 'Outreach follow-up 2',
    subject: '',
    body: `Hi {{first name|there}},

Last note from me: if a TikTok Shop collab isn't for you right now, no worries at all. If it is, reply any time and we'll get your sample out.

All the best,
${SIGN_OFF}`,
  },
];

/** Rows to add to the Templates tab (`Name, Subject, Body`). */
export function defaultOutreachTemplateRows(): string[][] {
  return DEFAULT_OUTREACH_TEMPLATES.map(({ name, subject, body }) => [name, subject, body]);
}

/** The template a name refers to: 'outreach opener a' and 'Outreach Opener A' are the same. */
export const templateKey = (name: unknown): string => normalizeHeader(name);

/**
 * Templates by key: the Templates tab's rows (found by header), over the default outreach
 * templates, so a name the tab lacks still finds its default.
 */
export function readOutreachTemplates(values: readonly unknown[][]): Map<string, Template> {
  const templates = new Map(DEFAULT_OUTREACH_TEMPLATES.map((t) => [templateKey(t.name), t]));
  const [name, subject, body] = TEMPLATES_HEADERS.map((h) => headerColumn(values[0] ?? [], h));
  if (name < 0) return templates;
  for (const row of values.slice(1)) {
    const written = cleanText(row[name]);
    if (written === '') continue;
    templates.set(templateKey(written), {
      name: written,
      subject: subject < 0 ? '' : cleanText(row[subject]),
      body: body < 0 ? '' : String(row[body] ?? ''),
    });
  }
  return templates;
}
