/**
 * Graph returns REST-formatted ids; office.js (and so the store's keys) uses EWS-formatted ones. They
 * differ only in "/" ↔ "-" and "+" ↔ "_" (office.js 1.1.110 convertToRestId / convertToEwsId; Graph
 * docs issue #14419). Outlook on mobile hands add-ins REST ids, so a stored key may come from either.
 */
import { idKey } from '../storage/idKey';

/** EWS form of a REST id (office.js convertToEwsId). */
export function ewsIdOf(restId: string): string {
  return restId.replace(/-/g, '/').replace(/_/g, '+');
}

/** REST form of an EWS id (office.js convertToRestId). */
export function restIdOf(ewsId: string): string {
  return ewsId.replace(/\//g, '-').replace(/\+/g, '_');
}

/** The storage keys a Graph id may have been stored under (its EWS form first, then as given). */
export function idKeysOf(graphId: string): string[] {
  const ews = idKey(ewsIdOf(graphId));
  const raw = idKey(graphId);
  return ews === raw ? [ews] : [ews, raw];
}
