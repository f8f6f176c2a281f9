import { assignVariants } from '../../../src/core/outreach/assignment';

const handles = (n: number, prefix = 'creator') => Array.from({ length: n }, (_, i) => `${prefix}.${i}`);

function sizes(assigned: Map<string, string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const variant of assigned.values()) counts[variant] = (counts[variant] ?? 0) + 1;
  return counts;
}

describe('variant assignment', () => {
  it('balances new creators to within one, for any count', () => {
    for (const n of [1, 2, 7, 100, 101]) {
      const counts = Object.values(sizes(assignVariants('S', ['A', 'B'], new Map(), handles(n))));
      expect(Math.max(...counts) - Math.min(...counts, n === 1 ? 0 : Infinity)).toBeLessThanOrEqual(1);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
    }
    expect(Object.values(sizes(assignVariants('S', ['A', 'B', 'C'], new Map(), handles(10)))).sort()).toEqual([
      3, 3, 4,
    ]);
  });

  it('gives the same answer whatever order the creators come in', () => {
    const list = handles(40);
    const forward = assignVariants('S', ['A', 'B'], new Map(), list);
    const backward = assignVariants('S', ['A', 'B'], new Map(), [...list].reverse());
    expect([...backward].sort()).toEqual([...forward].sort());
  });

  it('does not follow sheet order: the first half of the list is not all A', () => {
    const list = handles(40);
    const assigned = assignVariants('S', ['A', 'B'], new Map(), list);
    const firstHalf = list.slice(0, 20).map((h) => assigned.get(h));
    expect(new Set(firstHalf)).toEqual(new Set(['A', 'B']));
  });

  it('keeps existing assignments and fills the smaller arm first', () => {
    const existing = new Map(handles(6, 'old').map((h, i) => [h, i < 5 ? 'A' : 'B']));
    const assigned = assignVariants('S', ['A', 'B'], existing, [...handles(6, 'old'), ...handles(4, 'new')]);
    for (const [handle, variant] of existing) expect(assigned.get(handle)).toBe(variant);
    expect(sizes(assigned)).toEqual({ A: 5, B: 5 });
  });

  it('is stable across runs: a creator added later does not move anyone', () => {
    const first = assignVariants('S', ['A', 'B'], new Map(), handles(11));
    const second = assignVariants('S', ['A', 'B'], first, [...handles(11), 'late.one']);
    for (const [handle, variant] of first) expect(second.get(handle)).toBe(variant);
    expect(second.size).toBe(12);
  });

  it('depends on the sequence, so two sequences split creators differently', () => {
    const list = handles(40);
    const a = assignVariants('Spring', ['A', 'B'], new Map(), list);
    const b = assignVariants('Summer', ['A', 'B'], new Map(), list);
    expect(list.some((h) => a.get(h) !== b.get(h))).toBe(true);
  });

  it("gives '' to everyone in a sequence without variants", () => {
    expect([...assignVariants('S', [], new Map(), ['x.1', 'x.2']).values()]).toEqual(['', '']);
  });
});
