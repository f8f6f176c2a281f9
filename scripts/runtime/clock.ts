/** The runtime's fake clock. */

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
