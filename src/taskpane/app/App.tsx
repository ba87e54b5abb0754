import { FluentProvider, Title3, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PaneTheme } from '../../shared/office/paneEvents';
import type { PaneServices } from '../services/paneServices';
import { ConnectedModeProvider } from '../connected/ConnectedModeProvider';
import { ConnectedSettings } from '../connected/ConnectedSettings';
import { ServicesProvider } from '../services/servicesContext';
import { strings } from '../strings';
import { ThisMessage } from '../thisMessage/ThisMessage';
import { useAppStyles } from './App.styles';

export interface AppProps {
  readonly services: PaneServices;
}

function useTheme(services: PaneServices): PaneTheme {
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

/** The task pane shell: services, theme, header and the views. */
export function App({ services }: AppProps) {
  const styles = useAppStyles();
  const theme = useTheme(services);
  return (
    <ServicesProvider services={services}>
      <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{strings.appName}</Title3>
        </header>
        <main className={styles.main}>
          <ConnectedModeProvider>
            <ThisMessage />
            {/* Until Settings exists (the pane's own work), Connected mode shows here; the lead moves it into Settings' slot. */}
            <ConnectedSettings />
          </ConnectedModeProvider>
        </main>
      </FluentProvider>
    </ServicesProvider>
  );
}
