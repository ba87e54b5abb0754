import { createContext } from 'react';
import type { ConnectedController } from './connectedController';

/** The pane's connected-mode controller (provided by ConnectedModeProvider). */
export const ConnectedContext = createContext<ConnectedController | null>(null);
