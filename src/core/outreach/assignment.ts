/**
 * Variant assignment for a sequence's arms: deterministic and balanced. A creator already assigned
 * keeps their variant; new creators, in the order of a stable hash of sequence and handle (not
 * sheet order, which would put whoever the operator sorted first into A), each join the smallest
 * arm, ties between arms settled by the same hash, so the arms end up differing by at most one
 * wherever the existing assignments allow it.
 */
import { hash32 } from '../hash';

/** The variant of each handle: `existing` kept, `newcomers` added. Without arms everyone gets ''. */
export function assignVariants(
  sequence: string,
  arms: readonly string[],
  existing: ReadonlyMap<string, string>,
  newcomers: readonly string[],
): Map<string, string> {
  const assigned = new Map(existing);
  if (arms.length === 0) {
    for (const handle of newcomers) if (!assigned.has(handle)) assigned.set(handle, '');
    return assigned;
  }
  const sizes = new Map(arms.map((arm) => [arm, 0]));
  for (const variant of existing.values()) if (sizes.has(variant)) sizes.set(variant, sizes.get(variant)! + 1);
  const order = [...new Set(newcomers)]
    .filter((handle) => !assigned.has(handle))
    .map((handle) => ({ handle, hash: hash32(`${sequence}\u0000${handle}`) }))
    .sort((a, b) => a.hash - b.hash || (a.handle < b.handle ? -1 : 1));
  for (const { handle, hash } of order) {
    const smallest = Math.min(...sizes.values());
    const tied = arms.filter((arm) => sizes.get(arm) === smallest);
    const arm = tied[hash % tied.length];
    sizes.set(arm, smallest + 1);
    assigned.set(handle, arm);
  }
  return assigned;
}
