import { useEffect, useState } from 'react';
import { useServices } from './servicesContext';

/**
 * The current time, refreshed every `intervalMs` and whenever the pane comes back into view (focus,
 * visibilitychange): a pane left open for hours shows what is due now as soon as the user looks.
 */
export function useNow(intervalMs = 30_000): number {
  const { clock } = useServices();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const refresh = () => setNow(clock.now());
    const timer = window.setInterval(refresh, intervalMs);
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [clock, intervalMs]);
  return now;
}
