/**
 * LockService. A lock belongs to an execution (one runtime call) and is released when the execution
 * ends, as in Apps Script. Another execution holding it is simulated with LockTable.hold; waiting for
 * it advances the fake clock by the timeout.
 */
import { SERVICE } from './boundary';
import type { Clock } from './clock';
import type { Implements } from './gasTypes';

export type LockScope = 'document' | 'script' | 'user';

export class LockTable {
  private readonly holders = new Map<LockScope, symbol>();
  /** The execution now running; set by the runtime around each call. */
  execution: symbol = Symbol('execution');

  holder(scope: LockScope): symbol | undefined {
    return this.holders.get(scope);
  }

  tryAcquire(scope: LockScope, owner: symbol): boolean {
    const holder = this.holders.get(scope);
    if (holder !== undefined && holder !== owner) return false;
    this.holders.set(scope, owner);
    return true;
  }

  release(scope: LockScope, owner: symbol): void {
    if (this.holders.get(scope) === owner) this.holders.delete(scope);
  }

  releaseAllOf(owner: symbol): void {
    for (const [scope, holder] of this.holders) if (holder === owner) this.holders.delete(scope);
  }

  /** Another execution takes the lock; the returned function releases it. */
  hold(scope: LockScope): () => void {
    const other = Symbol(`another execution holding the ${scope} lock`);
    if (!this.tryAcquire(scope, other)) throw new Error(`The ${scope} lock is already held`);
    return () => this.release(scope, other);
  }
}

export class FakeLock implements Implements<
  GoogleAppsScript.Lock.Lock,
  'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'
> {
  readonly [SERVICE] = 'Lock';

  constructor(
    readonly table: LockTable,
    readonly scope: LockScope,
    readonly clock: Clock,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    if (this.table.tryAcquire(this.scope, this.table.execution)) return true;
    this.clock.advance(timeoutInMillis);
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    this.table.release(this.scope, this.table.execution);
  }

  hasLock(): boolean {
    return this.table.holder(this.scope) === this.table.execution;
  }
}

export class FakeLockService implements Implements<
  GoogleAppsScript.Lock.LockService,
  'getDocumentLock' | 'getScriptLock' | 'getUserLock'
> {
  readonly [SERVICE] = 'LockService';

  constructor(
    readonly table: LockTable,
    readonly clock: Clock,
  ) {}

  getDocumentLock(): FakeLock {
    return new FakeLock(this.table, 'document', this.clock);
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this.table, 'script', this.clock);
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.table, 'user', this.clock);
  }
}
