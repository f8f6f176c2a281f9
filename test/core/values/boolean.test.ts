import { parseBoolean } from '../../../src/core/values';

describe('parseBoolean', () => {
  it.each<[unknown, boolean]>([
    [true, true],
    [false, false],
    ['Yes', true],
    ['No', false],
    ['TRUE', true],
    ['false', false],
    ['Y', true],
    ['n', false],
    [1, true],
    [0, false],
    ['1\t', true],
  ])('parseBoolean(%p) is %p', (raw, expected) => {
    expect(parseBoolean(raw)).toEqual({ value: expected });
  });

  it('reports anything else', () => {
    expect(parseBoolean('maybe')).toEqual({ value: null, problem: "'maybe' is not yes or no: write Yes or No" });
    expect(parseBoolean(2).value).toBeNull();
  });
});
