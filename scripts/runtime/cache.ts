/** CacheService with expiry on the runtime's clock and Apps Script's limits (100 KB a value, 6 h at most). */
import { SERVICE } from './boundary';
import type { Clock } from './clock';
import type { Implements } from './gasTypes';

const VALUE_LIMIT_BYTES = 100 * 1024;
const KEY_LIMIT_CHARS = 250;
const DEFAULT_EXPIRATION_SECONDS = 600;
const MAX_EXPIRATION_SECONDS = 21_600;

export type CacheStore = Map<string, { value: string; expiresAt: number }>;

type CacheMethods = 'get' | 'put' | 'remove' | 'getAll' | 'putAll' | 'removeAll';

export class FakeCache implements Implements<GoogleAppsScript.Cache.Cache, CacheMethods> {
  readonly [SERVICE] = 'Cache';

  constructor(
    readonly store: CacheStore,
    readonly clock: Clock,
  ) {}

  get(key: string): string | null {
    const entry = this.store.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.clock.now().getTime()) {
      this.store.delete(key);
      return null;
    }
    return entry.value;
  }

  put(key: string, value: string, expirationInSeconds = DEFAULT_EXPIRATION_SECONDS): void {
    if (key.length > KEY_LIMIT_CHARS) throw new Error('Argument too large: key');
    if (Buffer.byteLength(String(value), 'utf8') > VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
    const seconds = Math.min(expirationInSeconds, MAX_EXPIRATION_SECONDS);
    this.store.set(key, { value: String(value), expiresAt: this.clock.now().getTime() + seconds * 1000 });
  }

  remove(key: string): void {
    this.store.delete(key);
  }

  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value, expirationInSeconds);
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }
}

export class FakeCacheService implements Implements<
  GoogleAppsScript.Cache.CacheService,
  'getDocumentCache' | 'getScriptCache' | 'getUserCache'
> {
  readonly [SERVICE] = 'CacheService';
  readonly stores: Record<'document' | 'script' | 'user', CacheStore> = {
    document: new Map(),
    script: new Map(),
    user: new Map(),
  };

  constructor(readonly clock: Clock) {}

  getDocumentCache(): FakeCache {
    return new FakeCache(this.stores.document, this.clock);
  }

  getScriptCache(): FakeCache {
    return new FakeCache(this.stores.script, this.clock);
  }

  getUserCache(): FakeCache {
    return new FakeCache(this.stores.user, this.clock);
  }
}
