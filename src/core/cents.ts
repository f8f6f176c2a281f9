/** Rounds to whole cents, half away from zero, without binary-float drift (1.005 → 1.01). */
export function roundCents(amount: number): number {
  const cents = Math.round(Math.abs(amount) * 100 + 1e-7);
  return (Math.sign(amount) * cents) / 100 || 0;
}
