/**
 * Microsoft Graph inside the workbench: the add-in calls https://graph.microsoft.com as in production,
 * and the runtime's fetch sends those requests to the workbench's own origin (/graph/…), where the
 * loopback Graph endpoint answers. Nothing else changes (method, headers, body, abort signal), so the
 * add-in's Graph code runs unmodified; no request ever leaves the machine. fetch only: ReachPlan's
 * Graph client uses it, and MSAL's nested app authentication makes no network calls.
 */
import { GRAPH_ORIGIN } from '../shared/graphContract';

/** The loopback URL for a Graph URL, or null when `url` is not Graph. */
export function graphLoopbackUrl(url: string, origin: string): string | null {
  if (url !== GRAPH_ORIGIN && !url.startsWith(`${GRAPH_ORIGIN}/`)) return null;
  return `${origin}/graph${url.slice(GRAPH_ORIGIN.length)}`;
}

/** Wraps `target.fetch` so Graph requests go to the loopback endpoint. */
export function graphRoutingInstall(target: Window): void {
  const real = target.fetch.bind(target);
  target.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const routed = graphLoopbackUrl(url, target.location.origin);
    if (routed === null) return real(input, init);
    return real(
      typeof input === 'string' || input instanceof URL ? routed : new Request(routed, input),
      init,
    );
  };
}
