/** The workbench page: Outlook in a browser for ReachPlan (dev and tests only). */
import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi, type SessionState } from './api';
import { Device } from './Device';

function Workbench() {
  const params = new URLSearchParams(window.location.search);
  const session = params.get('session') ?? 'demo';
  const fixture = params.get('fixture');
  const api = useMemo(() => createApi(session), [session]);
  const [state, setState] = useState<SessionState | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    (fixture ? api.reset(fixture).then(() => api.state()) : api.state()).then(setState, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, [api, fixture]);

  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>Workbench: {error}</MessageBarBody>
        </MessageBar>
      )}
      {!state && !error && <Spinner label="Loading mailbox…" />}
      {state && <Device session={session} state={state} api={api} />}
      {state && state.messages.length === 0 && <Body1>This fixture has no messages.</Body1>}
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<Workbench />);
