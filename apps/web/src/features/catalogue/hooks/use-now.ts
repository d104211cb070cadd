import { useEffect, useState } from 'react';

/** The browser's clock, refreshed every `intervalMs` while `isActive`. */
export function useNow(isActive: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isActive) return;
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [isActive, intervalMs]);
  return now;
}
