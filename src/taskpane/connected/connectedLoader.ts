/**
 * Loads connected mode's chunk (MSAL, the Graph client and the sweep) on demand: only a pane whose
 * user switched connected mode on ever downloads it, and the commands bundle never imports it.
 */
import type * as ConnectedModule from '../../shared/graph/connectedRuntime';

export type ConnectedModuleType = typeof ConnectedModule;

/** Imports the chunk (one request, cached by the browser and by webpack afterwards). */
export function connectedModuleLoad(): Promise<ConnectedModuleType> {
  return import(/* webpackChunkName: "connected" */ '../../shared/graph/connectedRuntime');
}
