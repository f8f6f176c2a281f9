import fc from 'fast-check';
import { plainNumberString, roundFloat } from '../../../src/core/values';

const numbers = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.integer({ min: -1e6, max: 1e6 }).map((cents) => cents / 100),
  fc.double({ min: -1e25, max: 1e25, noNaN: true }).map(Math.round),
  fc.constantFrom(0, -0, 1e21, -1e21, 2 ** 53, 1e-7, 123456789012345680000),
);

describe('roundFloat', () => {
  it('is the number to 9 decimals, and never -0, whole numbers included', () => {
    fc.assert(
      fc.property(numbers, (n) => {
        const toNine = Number(n.toFixed(9));
        expect(Object.is(roundFloat(n), toNine === 0 ? 0 : toNine)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('plainNumberString', () => {
  it('writes every number without an exponent, and reads back as the same number', () => {
    fc.assert(
      fc.property(numbers, (n) => {
        const text = plainNumberString(n);
        expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
        if (!String(n).includes('e')) expect(text).toBe(String(n));
      }),
      { numRuns: 3000 },
    );
  });
});
