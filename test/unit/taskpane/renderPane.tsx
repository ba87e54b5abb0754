/** Renders a pane component with its services and the app's providers, as the app does. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ConnectedModeProvider } from '../../../src/taskpane/connected/ConnectedModeProvider';
import { CurrentItemProvider } from '../../../src/taskpane/services/CurrentItemProvider';
import { ServicesProvider } from '../../../src/taskpane/services/servicesContext';
import { fakeServices, type FakeOptions } from './fakeServices';

export function renderPane(ui: ReactNode, options: FakeOptions = {}) {
  const fake = fakeServices(options);
  const view = render(
    <ServicesProvider services={fake.services}>
      <FluentProvider theme={webLightTheme}>
        <CurrentItemProvider>
          <ConnectedModeProvider>{ui}</ConnectedModeProvider>
        </CurrentItemProvider>
      </FluentProvider>
    </ServicesProvider>,
  );
  return { ...fake, view };
}
