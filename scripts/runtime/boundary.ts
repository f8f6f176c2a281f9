/**
 * The line between Code.js (inside the vm) and the fake services (host objects). Every service object
 * the script sees is a proxy that counts each method call as `Class.method`, refuses calls the
 * execution mode forbids, copies returned arrays and plain objects into the script's realm (so
 * `x instanceof Array` in Code.js holds as it does in Apps Script), hands out Dates as the script's
 * zone-aware Date, and rethrows service errors as the script realm's `Error` (keeping an advanced
 * service error's name and `details`). Nested services (`Gmail.Users.Messages`) are proxies too.
 */
import type { ExecutionMode } from './permissions';
import { deniedCall } from './permissions';

/** Each fake service class names itself with this key, e.g. `readonly [SERVICE] = 'Range'`. */
export const SERVICE = Symbol('service');

interface ServiceObject {
  [SERVICE]: string;
}

/** The script realm's constructors. */
export interface Realm {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

export class Boundary {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  /** Properties the script set on a service (HtmlTemplate variables): readable again. */
  private readonly assigned = new WeakMap<object, Set<string>>();

  constructor(
    private readonly realm: Realm,
    private readonly ScriptDate: DateConstructor,
    private readonly calls: Record<string, number>,
    private readonly mode: () => ExecutionMode,
    /** Set once the execution has been ended (ScriptApp.requireScopes): every later call fails with it. */
    private readonly stopped: () => string | undefined = () => undefined,
    /** Told of every call before it runs (the runtime advances its clock by the call's cost). */
    private readonly onCall: (name: string) => void = () => {},
  ) {}

  /** A value on its way into the script. */
  toScript(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Date)
      return Object.prototype.isPrototypeOf.call(this.ScriptDate.prototype, value)
        ? value
        : new this.ScriptDate(value.getTime());
    if (isService(value)) return this.proxyOf(value);
    if (Array.isArray(value)) return this.realm.Array.from(value, (item) => this.toScript(item));
    if (isPlainObject(value)) {
      const copy = new this.realm.Object() as Record<string, unknown>;
      for (const [key, item] of Object.entries(value)) copy[key] = this.toScript(item);
      return copy;
    }
    return value;
  }

  /** An argument on its way from the script into a service: proxies become their services again. */
  fromScript(value: unknown): unknown {
    return (typeof value === 'object' && value !== null && this.targets.get(value)) || value;
  }

  private proxyOf(service: ServiceObject): object {
    let proxy = this.proxies.get(service);
    if (!proxy) {
      proxy = new Proxy(service, {
        get: (target, property) => {
          const member: unknown = Reflect.get(target, property, target);
          if (typeof property !== 'string') return member;
          if (typeof member === 'function') {
            return property === 'constructor'
              ? undefined
              : (...args: unknown[]) => this.invoke(target, property, member as (...args: unknown[]) => unknown, args);
          }
          if (!isEnumName(property) && !this.assigned.get(target)?.has(property)) return undefined;
          return typeof member === 'object' && member !== null && isService(member) ? this.proxyOf(member) : member;
        },
        set: (target, property, value) => {
          if (typeof property === 'string')
            this.assigned.set(target, (this.assigned.get(target) ?? new Set()).add(property));
          return Reflect.set(target, property, value, target);
        },
      });
      this.proxies.set(service, proxy);
      this.targets.set(proxy, service);
    }
    return proxy;
  }

  private invoke(
    target: ServiceObject,
    method: string,
    member: (...args: unknown[]) => unknown,
    args: unknown[],
  ): unknown {
    const name = `${target[SERVICE]}.${method}`;
    this.calls[name] = (this.calls[name] ?? 0) + 1;
    this.onCall(name);
    try {
      const denied = this.stopped() ?? deniedCall(target[SERVICE], method, this.mode());
      if (denied) throw new Error(denied);
      return this.toScript(
        member.apply(
          target,
          args.map((arg) => this.fromScript(arg)),
        ),
      );
    } catch (error) {
      throw error instanceof Error ? this.scriptError(error) : error;
    }
  }

  private scriptError(error: Error): Error {
    const copy = new this.realm.Error(error.message);
    if ('details' in error) {
      copy.name = error.name;
      Object.assign(copy, { details: this.toScript(error.details) });
    }
    return copy;
  }
}

function isService(value: object): value is ServiceObject {
  return SERVICE in value;
}

/**
 * Services show the script their methods, their enums (`SpreadsheetApp.ChartType`, capitalized) and
 * their capitalized sub-services (`Gmail.Users`);
 * the fakes' own lower-case fields are bookkeeping the script must not see.
 */
function isEnumName(property: string): boolean {
  return /^[A-Z]/.test(property);
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
