import { CELL_CHARACTER_LIMIT, toCellInput } from '../../src/core/cells';

describe('toCellInput', () => {
  it('writes text that Sheets would interpret with an apostrophe of its own', () => {
    expect(['=1+1', '+44 20', '-- note', '@maya', "'quoted"].map(toCellInput)).toEqual([
      "'=1+1",
      "'+44 20",
      "'-- note",
      "'@maya",
      "''quoted",
    ]);
    expect(toCellInput({ formula: '=SUM(A1:A3)' })).toBe('=SUM(A1:A3)');
  });

  it('keeps text that fits a cell and cuts longer text with an ellipsis', () => {
    const fits = 'x'.repeat(CELL_CHARACTER_LIMIT);
    expect(toCellInput(fits)).toBe(fits);
    expect(toCellInput(`${fits}y`)).toBe(`${'x'.repeat(CELL_CHARACTER_LIMIT - 1)}…`);
    expect(toCellInput(`=${fits}`)).toHaveLength(CELL_CHARACTER_LIMIT);
  });

  it('never cuts a character written as two UTF-16 units (an emoji) in half', () => {
    const text = `${'x'.repeat(CELL_CHARACTER_LIMIT - 2)}😀${'x'.repeat(10)}`;
    const cut = toCellInput(text) as string;
    expect(cut).toBe(`${'x'.repeat(CELL_CHARACTER_LIMIT - 2)}…`);
    expect(cut.length).toBeLessThanOrEqual(CELL_CHARACTER_LIMIT);
  });
});
