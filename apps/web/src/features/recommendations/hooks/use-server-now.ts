import { useEffect, useState } from 'react';

/**
 * The server's clock, ticking every second while `isActive`: the browser's clock corrected by the difference
 * seen when `serverNow` arrived (`receivedAt`), so a wrong clock on the recommender's computer does not matter.
 */
export function useServerNow(
  serverNow: string | undefined,
  receivedAt: number | undefined,
  isActive: boolean,
) {
  const [browserNow, setBrowserNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isActive) return;
    const timer = window.setInterval(() => setBrowserNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [isActive]);
  const skew = serverNow && receivedAt ? Date.parse(serverNow) - receivedAt : 0;
  return browserNow + skew;
}
