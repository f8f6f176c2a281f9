/**
 * Loads the built add-on the way Apps Script does: one global scope in which the file's top-level
 * function declarations become globals callable by name, next to the services as globals.
 */
import * as fs from 'fs';
import * as vm from 'vm';
import type { Realm } from './boundary';

const CALL_SLOT = '__creatorOpsRuntimeCall__';
const FAST_BUILT_INS = [
  'Math',
  'JSON',
  'Object',
  'Array',
  'String',
  'Number',
  'Boolean',
  'Date',
  'RegExp',
  'Map',
  'Set',
  'WeakMap',
  'Error',
  'TypeError',
  'RangeError',
  'Intl',
  'Symbol',
  'Reflect',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
];
const TRAMPOLINE = new vm.Script(`(function (call) { return call.fn.apply(undefined, call.args); })(${CALL_SLOT})`);

export class ScriptHost {
  readonly context: vm.Context;
  readonly realm: Realm;
  private readonly builtIns: Set<string>;

  /** A context whose globals are `globals` (Date included); Code.js is loaded separately by load(). */
  constructor(globals: Record<string, unknown>) {
    this.context = vm.createContext({});
    this.realm = vm.runInContext('({ Array: Array, Object: Object, Error: Error })', this.context) as Realm;
    this.context[CALL_SLOT] = undefined;
    Object.assign(this.context, globals);
    this.builtIns = new Set(this.globalNames());
  }

  /**
   * Runs Code.js so that its top-level function declarations end up as globals, as in Apps Script.
   *
   * Node resolves every global name of a vm context through an interceptor, about 25 times slower
   * than a local (Math.imul in a hashing loop dominated whole benchmarks). Apps Script has no such
   * cost, so the file runs inside a function whose parameters bind the built-ins locally, and its
   * top-level functions and variables are then published as globals.
   */
  load(codePath: string): void {
    const source = fs.readFileSync(codePath, 'utf8');
    const declared = [...source.matchAll(/^(?:function\s+|var\s+|let\s+|const\s+)([A-Za-z_$][\w$]*)/gm)].map(
      (m) => m[1],
    );
    const wrapped =
      `(function (${FAST_BUILT_INS.join(', ')}) {\n${source}\n;return { ${declared.join(', ')} };\n})` +
      `(${FAST_BUILT_INS.join(', ')})`;
    const functions = new vm.Script(wrapped, { filename: codePath, lineOffset: -1 }).runInContext(
      this.context,
    ) as Record<string, unknown>;
    Object.assign(this.context, functions);
  }

  /** Whether the add-on defines a top-level function of this name. */
  has(name: string): boolean {
    return (
      !this.builtIns.has(name) &&
      Object.prototype.hasOwnProperty.call(this.context, name) &&
      typeof this.context[name] === 'function'
    );
  }

  functionNames(): string[] {
    return this.globalNames().filter((name) => this.has(name));
  }

  /** Calls a top-level function; a timeout (ms) interrupts it like Apps Script's execution limit. */
  invoke(name: string, args: unknown[], timeoutMs?: number): unknown {
    if (!this.has(name)) throw new Error(`Script function not found: ${name}`);
    this.context[CALL_SLOT] = { fn: this.context[name] as unknown, args: this.realm.Array.from(args) };
    try {
      return TRAMPOLINE.runInContext(this.context, timeoutMs === undefined ? {} : { timeout: timeoutMs });
    } finally {
      this.context[CALL_SLOT] = undefined;
    }
  }

  evaluate(source: string): unknown {
    return vm.runInContext(source, this.context);
  }

  private globalNames(): string[] {
    return vm.runInContext('Object.getOwnPropertyNames(this)', this.context) as string[];
  }
}
