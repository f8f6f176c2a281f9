const FNV_OFFSET_BASIS = 0x811c9dc5;

/**
 * FNV-1a over UTF-16 code units, 32 bits: short stable fingerprints, not security. The hash runs
 * on from `seed`: hash32(b, hash32(a)) is hash32(a + b), without building the joined text.
 */
export function hash32(text: string, seed = FNV_OFFSET_BASIS): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** hash32 as 7 base-36 characters, for IDs people read. */
export function shortHash(text: string): string {
  return hash32(text).toString(36).padStart(7, '0');
}
