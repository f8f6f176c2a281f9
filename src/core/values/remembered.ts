/**
 * Distinct keys a remembered reader holds: most columns repeat a few cells (amounts, rates,
 * statuses, SKUs, days), and one of mostly unique cells (IDs, times) fills this quickly.
 */
const REMEMBERED_KEYS = 4096;

/**
 * `read`, run once per distinct key, for a pure `read` whose results are never changed afterwards.
 * Once REMEMBERED_KEYS keys are held it no longer looks among them: the column is mostly unique.
 */
export function remembered<K, V>(read: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (results.size >= REMEMBERED_KEYS) return read(key);
    let result = results.get(key);
    if (result === undefined) {
      result = read(key);
      results.set(key, result);
    }
    return result;
  };
}
