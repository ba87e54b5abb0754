/**
 * The workbench page: Outlook in a browser for ReachPlan (dev and tests only).
 *   /workbench/?session=S&device=A&fixture=name   one device (fixture: reset the session to it first)
 *   /workbench/?session=S&layout=two              two devices side by side
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useMemo, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { Shell } from './components/Shell';
import { TwoDevices } from './components/TwoDevices';
import { DeviceContext } from './deviceContext';
import { DeviceStore } from './model/deviceStore';

const ID = /^[A-Za-z0-9_-]{1,32}$/;

function Device({ session, device, fixture }: { session: string; device: string; fixture: string | null }) {
  const store = useMemo(() => {
    const created = new DeviceStore(session, device);
    void created.start(fixture);
    return created;
  }, [session, device, fixture]);
  const view = useSyncExternalStore(store.subscribe, store.getView);
  const dark = view.snapshot?.settings.theme === 'dark';
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: '100%' }}>
      <DeviceContext.Provider value={store}>
        <Shell />
      </DeviceContext.Provider>
    </FluentProvider>
  );
}

const params = new URLSearchParams(window.location.search);
const session = params.get('session') ?? 'demo';
const device = params.get('device') ?? 'A';
const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  if (!ID.test(session) || !ID.test(device)) {
    root.render(<p>session and device must be 1-32 letters, digits, _ or -.</p>);
  } else if (params.get('layout') === 'two') {
    root.render(
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        <TwoDevices session={session} fixture={params.get('fixture')} />
      </FluentProvider>,
    );
  } else {
    document.title = `Outlook (device ${device}) – ReachPlan workbench`;
    root.render(<Device session={session} device={device} fixture={params.get('fixture')} />);
  }
}
