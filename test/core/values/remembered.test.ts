import { remembered } from '../../../src/core/values';

describe('a remembered reader', () => {
  it('reads each distinct key once and gives back what it read', () => {
    const reads: string[] = [];
    const length = remembered((text: string) => (reads.push(text), text.length));
    expect(['ab', 'c', 'ab', 'ab', 'c'].map(length)).toEqual([2, 1, 2, 2, 1]);
    expect(reads).toEqual(['ab', 'c']);
  });

  it('once it holds all the keys it can, reads every key again and still answers right', () => {
    let reads = 0;
    const double = remembered((n: number) => (reads++, n * 2));
    const keys = Array.from({ length: 5000 }, (_, i) => i + 1);
    expect(keys.map(double)).toEqual(keys.map((n) => n * 2));
    reads = 0;
    expect(double(1)).toBe(2);
    expect(double(4999)).toBe(9998);
    expect(reads).toBe(2);
  });

  it('reads a key repeated from the cell above once, even when it holds all the keys it can', () => {
    let reads = 0;
    const double = remembered((n: number) => (reads++, n * 2));
    for (let i = 1; i <= 5000; i++) double(i);
    reads = 0;
    expect([7, 7, 7, 8, 8, 7].map(double)).toEqual([14, 14, 14, 16, 16, 14]);
    expect(reads).toBe(3);
  });
});
