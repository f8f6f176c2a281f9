/**
 * Distinct keys a remembered reader holds: most columns repeat a few cells (amounts, rates,
 * statuses, SKUs, days), and one of mostly unique cells (IDs, times) fills this quickly.
 */
const REMEMBERED_KEYS = 4096;

/**
 * `read`, run once per distinct key, for a pure `read` whose results are never changed afterwards.
 * Once REMEMBERED_KEYS keys are held it no longer looks among them: the column is mostly unique.
 * The last key, held or not, is checked first: a column often repeats the cell above it (an
 * order's lines, a currency, a status), and comparing with it costs less than a Map look-up.
 */
export function remembered<K, V>(read: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  let lastKey: K | undefined;
  let lastResult: V | undefined;
  return (key) => {
    if (key === lastKey && lastResult !== undefined) return lastResult;
    const holdsMore = results.size < REMEMBERED_KEYS;
    let result = holdsMore ? results.get(key) : undefined;
    if (result === undefined) {
      result = read(key);
      if (holdsMore) results.set(key, result);
    }
    lastKey = key;
    lastResult = result;
    return result;
  };
}
