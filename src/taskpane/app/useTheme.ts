import { useEffect, useState } from 'react';
import type { PaneTheme } from '../../shared/office/paneEvents';
import type { PaneServices } from '../services/paneServices';

/** Office's theme (light or dark), following OfficeThemeChanged. */
export function useTheme(services: PaneServices): PaneTheme {
  const [theme, setTheme] = useState<PaneTheme>(() => services.events.theme());
  useEffect(() => {
    let off: (() => void) | undefined;
    let active = true;
    void services.events.onThemeChanged(setTheme).then((unsubscribe) => {
      if (active) off = unsubscribe;
      else unsubscribe();
    });
    return () => {
      active = false;
      off?.();
    };
  }, [services]);
  return theme;
}
