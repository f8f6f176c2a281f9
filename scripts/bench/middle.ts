/** The median of a list of timings (the upper middle of an even count). */
export const middle = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
