import { creatorMergeValues } from '../../../src/core/followups/placeholders';
import { renderTemplate } from '../../../src/core/followups/templates';
import { SEQUENCES_HEADERS, TEMPLATES_HEADERS } from '../../../src/core/schema';
import { defaultSequenceRows, readSequences, variantFor } from '../../../src/core/outreach/sequences';
import {
  DEFAULT_OUTREACH_TEMPLATES,
  defaultOutreachTemplateRows,
  readOutreachTemplates,
} from '../../../src/core/outreach/templates';

const templates = readOutreachTemplates([
  [...TEMPLATES_HEADERS],
  ['Opener C', 'Hello @{{Handle}}', 'Hi {{first name|there}}'],
  ['No subject', '', 'Body'],
]);

function read(rows: unknown[][], header: readonly string[] = SEQUENCES_HEADERS) {
  return readSequences([[...header], ...rows], templates);
}

describe('the default sequence', () => {
  const { sequences, problems } = read(defaultSequenceRows());

  it('reads without problems: two openers to test, then two follow-ups in the thread', () => {
    expect(problems).toEqual([]);
    expect(sequences).toHaveLength(1);
    const [sequence] = sequences;
    expect(sequence.name).toBe('Creator recruitment');
    expect(sequence.arms).toEqual(['A', 'B']);
    expect(sequence.segment.statuses).toEqual(['prospect']);
    expect(
      sequence.steps.map((s) => [s.step, s.waitDays, s.variants.map((v) => `${v.variant}:${v.template.name}`)]),
    ).toEqual([
      [1, 0, ['A:Outreach opener A', 'B:Outreach opener B']],
      [2, 3, [':Outreach follow-up 1']],
      [3, 5, [':Outreach follow-up 2']],
    ]);
  });

  it('gives every arm the one template of a step without variants', () => {
    const [sequence] = sequences;
    expect(variantFor(sequence.steps[0], 'B')?.template.name).toBe('Outreach opener B');
    expect(variantFor(sequence.steps[1], 'B')?.template.name).toBe('Outreach follow-up 1');
  });

  it('has templates with subjects for the openers only, and no opt-out line (the mail engine adds it)', () => {
    expect(defaultOutreachTemplateRows().map(([name, subject]) => [name, subject !== ''])).toEqual([
      ['Outreach opener A', true],
      ['Outreach opener B', true],
      ['Outreach follow-up 1', false],
      ['Outreach follow-up 2', false],
    ]);
    for (const template of DEFAULT_OUTREACH_TEMPLATES) expect(template.body).not.toMatch(/unsubscribe|opt.?out/i);
  });
});

describe('problems in the Sequences tab', () => {
  const ok = ['S', 1, '', 0, 'Opener C', ''];

  it('finds columns by header, in any order', () => {
    const header = ['Template', 'Wait days', 'Step', 'Sequence'];
    const { sequences, problems } = read([['Opener C', 2, 1, 'S']], header);
    expect(problems).toEqual([]);
    expect(sequences[0].steps[0]).toMatchObject({ step: 1, waitDays: 2 });
  });

  it('names the missing column', () => {
    expect(read([ok], ['Sequence', 'Step', 'Template']).problems).toEqual([
      'The Sequences tab has no Wait days column: its first row must read Sequence, Step, Variant, Wait days, Template, Segment.',
    ]);
  });

  it('names the row and what to fix, and leaves the broken sequence out', () => {
    const cases: [unknown[], RegExp][] = [
      [
        ['S', 2, '', 3, 'Outreach opener Z', ''],
        /^Sequences row 3: Template "Outreach opener Z" is not in the Templates tab: add a row named Outreach opener Z there/,
      ],
      [
        ['S', 2, '', 'three', 'Opener C', ''],
        /^Sequences row 3: Wait days "three" is not a whole number of days: write 0 to 365/,
      ],
      [['S', 2, '', 2.5, 'Opener C', ''], /^Sequences row 3: Wait days "2.5" is not a whole number/],
      [['S', 2, '', '', 'Opener C', ''], /^Sequences row 3: Wait days "" is not a whole number/],
      [['S', 'first', '', 0, 'Opener C', ''], /^Sequences row 3: Step "first" is not a step number/],
      [['S', 2, 'AB', 3, 'Opener C', ''], /^Sequences row 3: Variant "AB" is not a letter/],
      [['', 2, '', 3, 'Opener C', ''], /^Sequences row 3 has no Sequence name/],
      [['S', 2, '', 3, 'Opener C', 'niche beauty'], /^Sequences row 3: Segment "niche beauty" has no ":"/],
    ];
    for (const [row, problem] of cases) {
      const { sequences, problems } = read([ok, row]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(problem);
      if (row[0] === 'S') expect(sequences).toEqual([]);
    }
  });

  it('refuses step numbers with gaps', () => {
    expect(read([ok, ['S', 3, '', 2, 'Opener C', '']]).problems).toEqual([
      'Sequence "S" has steps 1, 3: number them 1, 2, 3… without gaps (step 2 is missing)',
    ]);
  });

  it('refuses a first email whose template has no subject', () => {
    expect(read([['S', 1, '', 0, 'No subject', '']]).problems[0]).toMatch(
      /^Sequences row 2: Template "No subject" has no Subject, and a first email needs one/,
    );
  });

  it('refuses variants that disagree on their wait, repeat a letter, or leave one blank', () => {
    expect(
      read([
        ['S', 1, 'A', 0, 'Opener C', ''],
        ['S', 1, 'B', 1, 'Opener C', ''],
      ]).problems[0],
    ).toMatch(/step 1 \(rows 2, 3\) has different Wait days/);
    expect(
      read([
        ['S', 1, 'A', 0, 'Opener C', ''],
        ['S', 1, 'a', 0, 'Opener C', ''],
      ]).problems[0],
    ).toMatch(/repeats a Variant/);
    expect(
      read([
        ['S', 1, 'A', 0, 'Opener C', ''],
        ['S', 1, '', 0, 'Opener C', ''],
      ]).problems[0],
    ).toMatch(/not every one names its Variant/);
  });

  it('refuses steps with different variant letters, since a creator keeps one variant', () => {
    const rows = [
      ['S', 1, 'A', 0, 'Opener C', ''],
      ['S', 1, 'B', 0, 'Opener C', ''],
      ['S', 2, 'A', 3, 'Opener C', ''],
      ['S', 2, 'C', 3, 'Opener C', ''],
    ];
    expect(read(rows).problems).toEqual([
      'Sequence "S" step 2 has variants A, C but step 1 has A, B: a creator keeps one variant through the sequence, so use the same letters',
    ]);
  });

  it('refuses two different Segments for one sequence', () => {
    expect(
      read([
        ['S', 1, '', 0, 'Opener C', 'region: US'],
        ['S', 2, '', 3, 'Opener C', 'region: UK'],
      ]).problems[0],
    ).toMatch(/^Sequence "S" has different Segments on rows 2, 3: write its Segment once/);
  });

  it('keeps the sound sequences beside a broken one', () => {
    const { sequences, problems } = read([ok, ['T', 1, '', 'x', 'Opener C', '']]);
    expect(sequences.map((s) => s.name)).toEqual(['S']);
    expect(problems).toHaveLength(1);
  });
});

describe('the default templates with a creator', () => {
  it('fill every placeholder from the creator alone, falling back where a cell is blank', () => {
    const values = creatorMergeValues({ Handle: 'ava.glow', Name: 'Ava Reyes', Brand: 'Glow Theory' }, 'Mia', 'UTC');
    for (const template of DEFAULT_OUTREACH_TEMPLATES) {
      const subject = template.subject === '' ? 'thread subject' : template.subject;
      expect(renderTemplate({ ...template, subject }, values).problems).toEqual([]);
    }
    const opener = renderTemplate(DEFAULT_OUTREACH_TEMPLATES[0], values);
    expect(opener.subject).toBe('Paid TikTok Shop collab with Glow Theory, @ava.glow?');
    expect(opener.body).toMatch(/^Hi Ava,\n/);
    expect(opener.body).toMatch(/Thanks,\nMia$/);
    const bare = renderTemplate(DEFAULT_OUTREACH_TEMPLATES[1], creatorMergeValues({ Handle: 'x.y' }, '', 'UTC'));
    expect(bare.body).toMatch(/^Hi there,\n\nDo you take on TikTok Shop collaborations\? We're a small brand/);
    expect(bare.body).toMatch(/The team$/);
  });

  it('let a Templates tab row replace a default of the same name, in any case', () => {
    const tab = readOutreachTemplates([[...TEMPLATES_HEADERS], ['outreach opener a', 'Mine', 'My body']]);
    expect(tab.get('outreachopenera')).toEqual({ name: 'outreach opener a', subject: 'Mine', body: 'My body' });
    expect(tab.get('outreachopenerb')?.subject).toBe('Quick question, @{{Handle}}');
  });
});
