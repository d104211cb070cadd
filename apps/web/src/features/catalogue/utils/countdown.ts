export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Whole days, hours, minutes and seconds of a non-negative duration. */
export function splitDuration(ms: number): DurationParts {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/**
 * Milliseconds left until the boundary the server measured: `msUntilNextBoundary` was true when the answer
 * arrived (`receivedAt`, the browser's clock), so only the time elapsed since counts, not the clocks' skew.
 */
export function remainingMs(msUntilNextBoundary: number, receivedAt: number, nowMs: number): number {
  return Math.max(0, msUntilNextBoundary - (nowMs - receivedAt));
}
