/** PropertiesService with Apps Script's size limits: 9 KB a value, 500 KB a store. */
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';

const VALUE_LIMIT_BYTES = 9 * 1024;
const STORE_LIMIT_BYTES = 500 * 1024;

export interface PropertyStores {
  document: Record<string, string>;
  user: Record<string, string>;
  script: Record<string, string>;
}

type PropertiesMethods =
  | 'getProperty'
  | 'setProperty'
  | 'getProperties'
  | 'setProperties'
  | 'deleteProperty'
  | 'deleteAllProperties'
  | 'getKeys';

export class FakeProperties implements Implements<GoogleAppsScript.Properties.Properties, PropertiesMethods> {
  readonly [SERVICE] = 'Properties';

  constructor(readonly store: Record<string, string>) {}

  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.store, key) ? this.store[key] : null;
  }

  setProperty(key: string, value: string): FakeProperties {
    return this.setProperties({ [key]: value });
  }

  getProperties(): Record<string, string> {
    return { ...this.store };
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.store };
    for (const [key, value] of Object.entries(properties)) {
      const text = String(value);
      if (byteLength(text) > VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
      next[key] = text;
    }
    const total = Object.entries(next).reduce((sum, [key, value]) => sum + byteLength(key) + byteLength(value), 0);
    if (total > STORE_LIMIT_BYTES) {
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    replaceContents(this.store, next);
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    delete this.store[key];
    return this;
  }

  deleteAllProperties(): FakeProperties {
    replaceContents(this.store, {});
    return this;
  }

  getKeys(): string[] {
    return Object.keys(this.store);
  }
}

export class FakePropertiesService implements Implements<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'
> {
  readonly [SERVICE] = 'PropertiesService';

  constructor(readonly stores: PropertyStores) {}

  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.stores.document);
  }

  getUserProperties(): FakeProperties {
    return new FakeProperties(this.stores.user);
  }

  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.stores.script);
  }
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The stores are shared objects (the runtime exposes them), so they change in place. */
function replaceContents(store: Record<string, string>, contents: Record<string, string>): void {
  for (const key of Object.keys(store)) delete store[key];
  Object.assign(store, contents);
}
