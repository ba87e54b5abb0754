/**
 * Connected mode's build-time configuration (webpack DefinePlugin, see webpack.config.js and the
 * README): the Microsoft Entra application (client) id, from REACHPLAN_CLIENT_ID, and the add-in's
 * manifest id, which names its custom properties in Exchange (`cecp-<id>`). Absent outside webpack
 * builds (unit tests), where connected mode reads as not configured.
 */
declare const __REACHPLAN_CLIENT_ID__: string | undefined;
declare const __REACHPLAN_ADDIN_ID__: string | undefined;

/** The Entra application id, or '' when the build has none. */
export function configuredClientId(): string {
  return typeof __REACHPLAN_CLIENT_ID__ === 'string' ? __REACHPLAN_CLIENT_ID__ : '';
}

/** The add-in's manifest id, or '' outside a webpack build. */
export function configuredAddinId(): string {
  return typeof __REACHPLAN_ADDIN_ID__ === 'string' ? __REACHPLAN_ADDIN_ID__ : '';
}
