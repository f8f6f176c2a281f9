/** The runtime's fake clock, and the `Date` Code.js sees, which follows it. */

export interface Clock {
  now(): Date;
  set(date: Date): void;
  advance(ms: number): void;
}

export function createClock(start: Date): Clock {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    set: (date) => {
      time = date.getTime();
    },
    advance: (ms) => {
      time += ms;
    },
  };
}

/**
 * A `Date` whose `new Date()` and `Date.now()` read the fake clock. It is the host's Date underneath,
 * so dates handed in from cells satisfy `instanceof Date` inside the script.
 */
export function clockedDate(clock: Clock): DateConstructor {
  return new Proxy(Date, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [clock.now().getTime()] : args, newTarget),
    apply: () => clock.now().toString(),
    get: (target, property, receiver) => (property === 'now' ? () => clock.now().getTime() : Reflect.get(target, property, receiver)),
  });
}
