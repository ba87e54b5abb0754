import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { PaneServices } from '../services/paneServices';
import { ConnectedModeProvider } from '../connected/ConnectedModeProvider';
import { CurrentItemProvider } from '../services/CurrentItemProvider';
import { ServicesProvider } from '../services/servicesContext';
import { useAppStyles } from './App.styles';
import { Shell } from './Shell';
import { useTheme } from './useTheme';

export interface AppProps {
  readonly services: PaneServices;
}

/** The task pane: services, Office's theme (forced colors are left to the browser and Fluent), the shell. */
export function App({ services }: AppProps) {
  const styles = useAppStyles();
  const theme = useTheme(services);
  return (
    <ServicesProvider services={services}>
      <FluentProvider
        theme={theme === 'dark' ? webDarkTheme : webLightTheme}
        className={styles.root}
        data-theme={theme}
      >
        <CurrentItemProvider>
          <ConnectedModeProvider>
            <Shell />
          </ConnectedModeProvider>
        </CurrentItemProvider>
      </FluentProvider>
    </ServicesProvider>
  );
}
