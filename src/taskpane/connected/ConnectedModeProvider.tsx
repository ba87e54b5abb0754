/**
 * Runs connected mode for as long as the pane is open: follows the roaming "connected" setting,
 * loads the Graph chunk only when it is on, sweeps on open, on a timer and when the pane comes back
 * into view (focus, visibilitychange: also what the workbench's clock moves send). Wrap the pane's
 * views in it once; ConnectedSettings and useRecipientsAway read it.
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import { configuredAddinId, configuredClientId } from '../../shared/graph/graphConfig';
import { createDeviceMemory } from '../../shared/graph/deviceMemory';
import { useServices } from '../services/servicesContext';
import { useSettings } from '../services/useStore';
import { ConnectedContext } from './connectedContext';
import { ConnectedController, type ConnectedEnvironment } from './connectedController';
import { connectedModuleLoad } from './connectedLoader';

export interface ConnectedModeProviderProps {
  readonly children: ReactNode;
  /** Replaces parts of the environment (component tests: a fake chunk, a configuration). */
  readonly environment?: Partial<ConnectedEnvironment>;
}

export function ConnectedModeProvider({ children, environment }: ConnectedModeProviderProps) {
  const services = useServices();
  const settings = useSettings();
  const controller = useMemo(
    () =>
      new ConnectedController({
        store: services.store,
        sentCopies: services.sentCopies,
        memory: createDeviceMemory(`reachplan.connected.${services.user.email}.`),
        clock: services.clock,
        timers: {
          setTimeout: (callback, ms) => window.setTimeout(callback, ms),
          clearTimeout: (handle) => window.clearTimeout(handle as number),
        },
        userEmail: services.user.email,
        ...(services.user.accountType ? { accountType: services.user.accountType } : {}),
        nestedAppAuth: services.capabilities.nestedAppAuth,
        clientId: configuredClientId(),
        addinId: configuredAddinId(),
        fetch: (input, init) => window.fetch(input, init),
        load: connectedModuleLoad,
        ...environment,
      }),
    // The environment is fixed for the pane's life; a test passes it once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [services],
  );

  useEffect(() => () => controller.dispose(), [controller]);

  useEffect(() => {
    controller.sync(settings.connected);
  }, [controller, settings.connected]);

  useEffect(() => {
    const wake = () => {
      if (document.visibilityState !== 'hidden') controller.wake();
    };
    window.addEventListener('focus', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      window.removeEventListener('focus', wake);
      document.removeEventListener('visibilitychange', wake);
    };
  }, [controller]);

  return <ConnectedContext.Provider value={controller}>{children}</ConnectedContext.Provider>;
}
