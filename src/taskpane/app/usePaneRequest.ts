import { useEffect, useState } from 'react';
import { useServices } from '../services/servicesContext';
import { paneRequestOf, type PaneRequest } from './paneRequest';

/** How long the pane waits for Office's initialization context before opening the default view. */
const CONTEXT_WAIT_MS = 1500;

/** The view the pane was opened for; null while Office is asked (at most CONTEXT_WAIT_MS). */
export function usePaneRequest(): PaneRequest | null {
  const { events } = useServices();
  const [request, setRequest] = useState<PaneRequest | null>(null);
  useEffect(() => {
    let settled = false;
    const settle = (context: string | undefined) => {
      if (settled) return;
      settled = true;
      setRequest(paneRequestOf(context));
    };
    const timer = window.setTimeout(() => settle(undefined), CONTEXT_WAIT_MS);
    events.initializationContext().then(settle, () => settle(undefined));
    return () => {
      settled = true;
      window.clearTimeout(timer);
    };
  }, [events]);
  return request;
}
