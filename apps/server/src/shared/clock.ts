/** Time comes from here, so that tests can stand at any moment. */
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };
export function fixedClock(
  at: Date | string,
): Clock & { set(at: Date | string): void; advance(ms: number): void } {
  let t = new Date(at).getTime();
  return {
    now: () => new Date(t),
    set: (d) => {
      t = new Date(d).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
