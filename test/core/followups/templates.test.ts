import {
  DEFAULT_TEMPLATES,
  defaultTemplateRows,
  fillPlaceholders,
  readTemplates,
} from '../../../src/core/followups/templates';
import { FOLLOW_UP_RULES } from '../../../src/core/followups/rules';
import { normalizeHeader } from '../../../src/core/aliases';

const values = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([k, v]) => [normalizeHeader(k), v]));

describe('fillPlaceholders', () => {
  test('fills by name, ignoring case and spacing', () => {
    expect(
      fillPlaceholders(
        'Hi {{ First Name }}, your {{product}}',
        values({ 'first name': 'Jane', product: 'Serum' }),
        'x',
      ),
    ).toEqual({
      text: 'Hi Jane, your Serum',
      problems: [],
    });
  });

  test('an unknown placeholder is a problem', () => {
    expect(fillPlaceholders('Hi {{frist name}}', values({ 'first name': 'Jane' }), 'the Brief body').problems).toEqual([
      'the Brief body has an unknown placeholder {{frist name}}',
    ]);
  });

  test('an empty field is a problem unless the placeholder has a fallback', () => {
    const empty = values({ 'first name': '' });
    expect(fillPlaceholders('Hi {{first name}}', empty, 'x').problems).toHaveLength(1);
    expect(fillPlaceholders('Hi {{first name|there}}', empty, 'x')).toEqual({ text: 'Hi there', problems: [] });
    expect(fillPlaceholders('Hi{{first name|}}!', empty, 'x')).toEqual({ text: 'Hi!', problems: [] });
  });

  test('merge values are not read as placeholders themselves', () => {
    expect(fillPlaceholders('Hi {{name}}', values({ name: '{{secret}}', secret: 'x' }), 'x')).toEqual({
      text: 'Hi {{secret}}',
      problems: [],
    });
  });

  test('stray braces in the template are a problem', () => {
    expect(fillPlaceholders('Hi {{name', values({ name: 'Jane' }), 'x').problems).toHaveLength(1);
  });
});

describe('readTemplates', () => {
  test('rows of the Templates tab override the defaults by name; missing rules keep the default', () => {
    const templates = readTemplates([
      ['Name', 'Subject', 'Body'],
      ['brief', 'Custom {{product}}', 'Body'],
    ]);
    expect(templates.Brief).toEqual({ name: 'Brief', subject: 'Custom {{product}}', body: 'Body' });
    expect(templates.Reminder).toEqual(DEFAULT_TEMPLATES.Reminder);
  });

  test('there is a default row for every rule', () => {
    expect(defaultTemplateRows().map((row) => row[0])).toEqual([...FOLLOW_UP_RULES]);
  });
});
