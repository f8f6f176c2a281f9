import type { Issue } from '../../../src/core/records/table';
import { CurrentHandles } from '../../../src/core/organize/handleChanges';
import { parseHandleList } from '../../../src/core/values';

const at = (row: number) => ({ tab: 'Creator list', row });

describe('CurrentHandles', () => {
  it('follows a chain of renames to the handle a creator goes by now', () => {
    const issues: Issue[] = [];
    const handles = new CurrentHandles(
      [
        { handle: 'b', alias: 'a', source: at(2) },
        { handle: 'c', alias: 'b', source: at(3) },
      ],
      issues,
    );
    expect(['a', 'b', 'c', 'x', undefined].map((h) => handles.of(h))).toEqual(['c', 'c', 'c', 'x', undefined]);
    expect(handles.earlierHandles()).toEqual(new Map([['c', ['a', 'b']]]));
    expect(issues).toEqual([]);
  });

  it('keeps the first of two claims that contradict each other, and says which', () => {
    const issues: Issue[] = [];
    const handles = new CurrentHandles(
      [
        { handle: 'b', alias: 'a', source: at(2) },
        { handle: 'a', alias: 'b', source: at(3) },
        { handle: 'x', alias: 'a', source: at(4) },
        { handle: 'b', alias: 'a', source: at(5) },
        { handle: 'b', alias: 'b', source: at(6) },
      ],
      issues,
    );
    expect(handles.of('a')).toBe('b');
    expect(handles.of('b')).toBe('b');
    expect(issues.map((i) => [i.row, i.value, i.problem])).toEqual([
      [
        3,
        'b',
        '@a is already an earlier handle of @b, so @b cannot be an earlier handle of @a; kept the first. Remove one of the two from Aliases',
      ],
      [
        4,
        'a',
        '@a is already an earlier handle of @b; kept that. A handle belongs to one creator: remove it from one of the two Aliases',
      ],
    ]);
  });
});

describe('parseHandleList', () => {
  it('reads handles separated by commas, semicolons or line breaks, once each', () => {
    expect(
      parseHandleList('@Old.One, https://www.tiktok.com/@older?lang=en;old.one\n tiktok.com/@x_y/video/1'),
    ).toEqual({
      value: ['old.one', 'older', 'x_y'],
    });
    expect(parseHandleList(' , ')).toEqual({ value: null });
    expect(parseHandleList('')).toEqual({ value: null });
  });

  it('names the handle it cannot read', () => {
    expect(parseHandleList('old.one, jane-doe')).toEqual({
      value: null,
      problem: "'jane-doe' has '-' in it: a TikTok username has only letters, digits, _ and .",
    });
  });
});
