/** Renders a pane component with its services and Fluent's provider, as the app does. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CurrentItemProvider } from '../../../src/taskpane/services/CurrentItemProvider';
import { ServicesProvider } from '../../../src/taskpane/services/servicesContext';
import { fakeServices, type FakeOptions } from './fakeServices';

export function renderPane(ui: ReactNode, options: FakeOptions = {}) {
  const fake = fakeServices(options);
  const view = render(
    <ServicesProvider services={fake.services}>
      <FluentProvider theme={webLightTheme}>
        <CurrentItemProvider>{ui}</CurrentItemProvider>
      </FluentProvider>
    </ServicesProvider>,
  );
  return { ...fake, view };
}
