import { createContext, useContext, type ReactNode } from 'react';
import type { PaneServices } from './paneServices';

const ServicesContext = createContext<PaneServices | null>(null);

/** Provides the pane's services to every component below. */
export function ServicesProvider({ services, children }: { services: PaneServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The pane's services; throws when a component is rendered outside ServicesProvider (a programming error). */
export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesProvider above it');
  return services;
}
