import { parseInteger } from '../../../src/core/values';

describe('parseInteger', () => {
  it.each<[unknown, number]>([
    ['3', 3],
    [3, 3],
    ['3.0', 3],
    ['3,0', 3],
    [' 2 ', 2],
    ['2\t', 2],
    ['+2', 2],
    ['-2', -2],
    ['−2', -2],
    ['1,000', 1000],
    ['0', 0],
    [2.0000000001, 2],
  ])('parseInteger(%p) is %p', (raw, expected) => {
    expect(parseInteger(raw)).toEqual({ value: expected });
  });

  it.each<[unknown, string]>([
    [2.5, "'2.5' is not a whole number: use a whole number like 3"],
    ['2.5', "'2.5' is not a whole number: use a whole number like 3"],
    ['two', "'two' is not a number: write it in digits, like 3"],
    ['3 units', "'3 units' is not a number: write it in digits, like 3"],
    ['1,2,3', "'1,2,3' is not a number: write it in digits, like 3"],
    [true, "'TRUE' is not a number: write it in digits, like 3"],
  ])('%p is a problem', (raw, problem) => {
    expect(parseInteger(raw)).toEqual({ value: null, problem });
  });
});
