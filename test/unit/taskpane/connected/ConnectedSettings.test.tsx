/**
 * ConnectedSettings with the real store and a fake connected chunk: when connected mode cannot run
 * (and that the chunk is then never loaded), signing in (silent, then the popup), the last check in
 * words, failures, signing out and Rebuild from mailbox.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConnectedModeProvider } from '../../../../src/taskpane/connected/ConnectedModeProvider';
import { ConnectedSettings } from '../../../../src/taskpane/connected/ConnectedSettings';
import type { ConnectedEnvironment } from '../../../../src/taskpane/connected/connectedController';
import type { PaneServices } from '../../../../src/taskpane/services/paneServices';
import { ServicesProvider } from '../../../../src/taskpane/services/servicesContext';
import { fakeServices } from '../fakeServices';
import {
  CONFIGURED,
  NAA_CAPABLE,
  fakeChunk,
  memoryFake,
  rebuildOutcome,
  sweepReport,
} from './connectedFakes';

function renderSettings(options: {
  environment?: Partial<ConnectedEnvironment>;
  services?: Partial<PaneServices>;
  connected?: boolean;
}) {
  const fake = fakeServices({
    capabilities: NAA_CAPABLE,
    ...options.services,
  });
  if (options.connected)
    fake.device.store.updateSettings({ ...fake.device.store.settings(), connected: true });
  const chunk = fakeChunk(() => fake.device.clock.now());
  render(
    <ServicesProvider services={fake.services}>
      <FluentProvider theme={webLightTheme}>
        <ConnectedModeProvider
          environment={{ ...CONFIGURED, load: chunk.load, memory: memoryFake(), ...options.environment }}
        >
          <ConnectedSettings />
        </ConnectedModeProvider>
      </FluentProvider>
    </ServicesProvider>,
  );
  return { fake, chunk };
}

const toggle = () => screen.getByRole('switch', { name: 'Use connected mode (Microsoft 365)' });

describe('ConnectedSettings', () => {
  it('is off by default and loads nothing', () => {
    const { chunk } = renderSettings({});
    expect(toggle()).not.toBeChecked();
    expect(chunk.calls.load).toBe(0);
  });

  it.each([
    [{ nestedAppAuth: false }, {}, /This version of Outlook cannot sign add-ins in/],
    [{}, { accountType: 'outlookCom' }, /needs a work or school Microsoft 365 mailbox/],
    [{ clientId: '' }, {}, /not set up in this installation/],
  ])(
    'explains why it cannot run here (%j %j), without loading the chunk',
    async (environment, user, message) => {
      const fake = fakeServices();
      const { chunk } = renderSettings({
        environment,
        services: { user: { ...fake.services.user, ...user } },
      });
      await userEvent.click(toggle());
      expect(await screen.findByText(message)).toBeInTheDocument();
      expect(chunk.calls.load).toBe(0);
    },
  );

  it('signs in silently when switched on, checks, and says what it found', async () => {
    const { fake, chunk } = renderSettings({});
    chunk.script.sweep = (at) =>
      sweepReport(at, {
        replies: {
          checked: 2,
          failures: [],
          findings: [
            {
              followUpId: 'tok1',
              subject: '<b>Proposal</b>',
              contact: 'Priya',
              from: 'a.b@contoso.example',
              applied: 'cleared',
              reason: 'reply',
            },
          ],
        },
        todo: { created: 1, updated: 0, completed: 1, deleted: 0, failures: [] },
      });
    await userEvent.click(toggle());
    expect(
      await screen.findByText('Signed in as Dana Whitfield (dana@northwind.example)'),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('connected-last-check')).toHaveTextContent(
      /1 reply cleared its plan; 1 To Do reminder added, 1 updated or removed/,
    );
    expect(screen.getByText('Priya – "<b>Proposal</b>": replied, plan cleared')).toBeInTheDocument();
    expect(chunk.calls.signIn).toEqual([false]);
    expect(fake.device.store.settings().connected).toBe(true);
  });

  it('offers Sign in when the silent sign-in needs the user, and signs in with the popup', async () => {
    const { chunk } = renderSettings({ connected: true });
    chunk.script.silentFailure = {
      kind: 'signIn',
      message: 'Sign in to let ReachPlan read your mail and keep your tasks.',
    };
    expect(
      await screen.findByText('Sign in to let ReachPlan read your mail and keep your tasks.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByTestId('connected-account')).toBeInTheDocument();
    expect(chunk.calls.signIn).toEqual([false, true]);
    expect(chunk.calls.sweeps).toBe(1);
  });

  it('shows a failed check in words, and signs out', async () => {
    const { chunk } = renderSettings({ connected: true });
    chunk.script.sweep = (at) =>
      sweepReport(at, { problem: { kind: 'offline', message: 'ReachPlan could not reach Microsoft 365.' } });
    expect(
      await screen.findByText('Could not finish: ReachPlan could not reach Microsoft 365.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('Not signed in on this device.')).toBeInTheDocument();
    expect(chunk.calls.signOut).toBe(1);
  });

  it('rebuilds from the mailbox and reports every part of the result', async () => {
    const { chunk } = renderSettings({ connected: true });
    chunk.script.rebuild = () =>
      Promise.resolve(
        rebuildOutcome({
          scanned: 40,
          records: 6,
          restored: 3,
          current: 1,
          newer: 1,
          skipped: 1,
          problems: ['"Quote": record damaged'],
          complete: false,
          save: { status: 'failed', pending: true, attempt: 3, reason: 'Office error 9019' },
        }),
      );
    await userEvent.click(await screen.findByRole('button', { name: 'Rebuild from mailbox' }));
    const result = await screen.findByTestId('connected-rebuild-result');
    expect(result).toHaveTextContent('Read 40 sent messages: 3 follow-ups restored, 1 already up to date.');
    expect(result).toHaveTextContent('1 kept the newer version this device already had.');
    expect(result).toHaveTextContent('1 deleted or long-finished follow-up was left out.');
    expect(result).toHaveTextContent('"Quote": record damaged');
    expect(result).toHaveTextContent('Not every sent message could be read');
    expect(result).toHaveTextContent('not saved yet: Office error 9019');
    expect(chunk.calls.sweeps).toBe(2); // a check follows the rebuild
  });

  it('shows a rebuild that failed', async () => {
    const { chunk } = renderSettings({ connected: true });
    chunk.script.rebuild = () => Promise.reject(new Error('store refused'));
    await userEvent.click(await screen.findByRole('button', { name: 'Rebuild from mailbox' }));
    expect(await screen.findByText('Could not finish: store refused')).toBeInTheDocument();
  });
});
