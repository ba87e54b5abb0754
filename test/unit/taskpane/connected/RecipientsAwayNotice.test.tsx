/**
 * RecipientsAwayNotice with the real controller and a fake connected chunk: nothing while connected
 * mode is off; once signed in, the recipients MailTips reports away, with the day each is back.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { ConnectedModeProvider } from '../../../../src/taskpane/connected/ConnectedModeProvider';
import { RecipientsAwayNotice } from '../../../../src/taskpane/connected/RecipientsAwayNotice';
import { ServicesProvider } from '../../../../src/taskpane/services/servicesContext';
import { fakeServices } from '../fakeServices';
import { CONFIGURED, NAA_CAPABLE, fakeChunk, memoryFake } from './connectedFakes';

const PRIYA = { email: 'priya.raman@contoso.example', name: 'Priya Raman' };
const KENJI = { email: 'kenji@adatum.example', name: 'Kenji Watanabe' };

function renderNotice(connected: boolean) {
  const fake = fakeServices({ capabilities: NAA_CAPABLE });
  if (connected) fake.device.store.updateSettings({ ...fake.device.store.settings(), connected: true });
  const chunk = fakeChunk(() => fake.device.clock.now());
  const asked: string[][] = [];
  chunk.runtime.recipientsAway = (recipients) => {
    asked.push(recipients.map((r) => r.email));
    return Promise.resolve([
      {
        email: PRIYA.email,
        name: PRIYA.name,
        until: '2026-11-30',
        message: 'Back Monday.',
        source: 'scheduled',
      },
    ]);
  };
  render(
    <ServicesProvider services={fake.services}>
      <FluentProvider theme={webLightTheme}>
        <ConnectedModeProvider
          environment={{
            ...CONFIGURED,
            load: chunk.load,
            memory: memoryFake(),
          }}
        >
          <RecipientsAwayNotice recipients={[PRIYA, KENJI]} />
        </ConnectedModeProvider>
      </FluentProvider>
    </ServicesProvider>,
  );
  return { chunk, asked };
}

describe('RecipientsAwayNotice', () => {
  it('names the recipients who are away and the day each is back, once signed in', async () => {
    const { asked } = renderNotice(true);
    expect(await screen.findByTestId('recipients-away')).toHaveTextContent(
      'Out of office now: Priya Raman (back Mon 30 Nov). The plan starts after their return.',
    );
    expect(asked).toEqual([[PRIYA.email, KENJI.email]]);
  });

  it('shows nothing and asks nobody while connected mode is off', async () => {
    const { chunk, asked } = renderNotice(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('recipients-away')).toBeNull();
    expect(asked).toEqual([]);
    expect(chunk.calls.load).toBe(0);
  });
});
