/** Rounds to whole cents, half away from zero, without binary-float drift (1.005 → 1.01). */
export function roundCents(amount: number): number {
  const cents = Math.round(Math.abs(amount) * 100 + 1e-7);
  return (Math.sign(amount) * cents) / 100 || 0;
}

/**
 * Report amounts are carried as whole millionths of the report currency: sums of integers are exact,
 * so a total is the same whatever order or grouping its lines were added in.
 */
export const MICROS_PER_CENT = 10_000;

export function toMicros(amount: number): number {
  return Math.round(amount * 100 * MICROS_PER_CENT);
}

/** Whole cents nearest to an amount in micros, half away from zero. */
export function microsToCents(micros: number): number {
  return Math.sign(micros) * Math.round(Math.abs(micros) / MICROS_PER_CENT) || 0;
}
