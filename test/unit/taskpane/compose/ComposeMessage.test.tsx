import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { COMPOSE_PROPERTY, composeStateDecode } from '../../../../src/shared/app/composeState';
import type { ComposeItemPort, ItemSummary, Recipient } from '../../../../src/shared/ports';
import ComposeMessage from '../../../../src/taskpane/compose/ComposeMessage';
import { PRIYA } from '../../shared/app/appFakes';
import { fakeServices } from '../fakeServices';
import { renderPane } from '../renderPane';

const item: ItemSummary = { mode: 'compose', subject: 'Proposal', to: [], cc: [] };

function composePort(initial: { to: Recipient[]; subject?: string; body?: string }) {
  const state = {
    to: initial.to,
    subject: initial.subject ?? 'Proposal',
    body: initial.body ?? 'Hi Priya, could you confirm?',
  };
  const port: ComposeItemPort = {
    subject: () => Promise.resolve(state.subject),
    recipients: () => Promise.resolve({ to: state.to, cc: [] }),
    body: () => Promise.resolve({ text: state.body, format: 'text' }),
    conversationId: () => Promise.resolve(null),
    composeType: () => Promise.resolve('new'),
    save: () => Promise.resolve(),
  };
  return { port, state };
}

/** The pane polls the message while visible; becoming visible reads it at once. */
function readAgain() {
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

describe('ComposeMessage', () => {
  it('asks for a recipient, then plans when one is added', async () => {
    const compose = composePort({ to: [] });
    renderPane(<ComposeMessage item={item} />, { compose: compose.port });
    expect(
      await screen.findByText('Add a recipient to see when the reminders would come.'),
    ).toBeInTheDocument();
    compose.state.to = [PRIYA];
    readAgain();
    const timeline = await screen.findByRole('list', { name: 'Follow-up steps' });
    expect(within(timeline).getAllByTestId('plan-step')).toHaveLength(3);
    expect(screen.getByText(/Priya has no preferences yet/)).toBeInTheDocument();
    expect(screen.getByTestId('contact-card')).toHaveTextContent('Priya Raman');
  });

  it('moves the planned times as soon as Outlook says the recipients changed', async () => {
    const compose = composePort({ to: [PRIYA] });
    const fake = renderPane(<ComposeMessage item={item} />, {
      compose: compose.port,
      setup: (store) =>
        void store.upsertProfile({
          email: 'kenji@adatum.example',
          displayName: 'Kenji Watanabe',
          channels: [],
          timeZone: 'Asia/Tokyo',
          bestDays: [3],
          bestTimes: [{ start: 600, end: 660 }],
          worstTimes: [],
          notes: '',
          status: { kind: 'active' },
        }),
    });
    const first = (await screen.findAllByTestId('step-user-time'))[0]!.textContent;
    compose.state.to = [{ displayName: 'Kenji Watanabe', emailAddress: 'kenji@adatum.example' }];
    // RecipientsChanged reads the message at once, without waiting for the poll.
    act(() => fake.recipientsChanged());
    await waitFor(() => expect(screen.getAllByTestId('step-user-time')[0]!.textContent).not.toBe(first));
    expect(screen.getAllByTestId('step-contact-time')[0]).toHaveTextContent(/Wed.* in Tokyo/);
  });

  it('still follows the recipients where Outlook has no RecipientsChanged (below Mailbox 1.7)', async () => {
    const compose = composePort({ to: [] });
    const { events } = fakeServices().services;
    const subscribe = jest.fn(() => Promise.reject(new Error('addHandlerAsync failed (Office error 9032)')));
    renderPane(<ComposeMessage item={item} />, {
      compose: compose.port,
      events: { ...events, onRecipientsChanged: subscribe },
    });
    expect(
      await screen.findByText('Add a recipient to see when the reminders would come.'),
    ).toBeInTheDocument();
    expect(subscribe).toHaveBeenCalled();
    compose.state.to = [PRIYA];
    readAgain();
    expect(await screen.findByRole('list', { name: 'Follow-up steps' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('turns “Remind me if no reply” on and off like the ribbon button', async () => {
    const compose = composePort({ to: [PRIYA] });
    const fake = renderPane(<ComposeMessage item={item} />, { compose: compose.port });
    const toggle = await screen.findByRole('switch', { name: 'Remind me if no reply' });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Remind me if no reply' })).toBeChecked());
    expect(composeStateDecode(fake.props.values.get(COMPOSE_PROPERTY)).flag).toBeDefined();
    expect(screen.getByTestId('flag-outcome')).toHaveTextContent(/reminder .* if Priya doesn't reply/);
    expect(fake.notifier.shown.at(-1)?.notice.persistent).toBe(true);
    await userEvent.click(screen.getByRole('switch', { name: 'Remind me if no reply' }));
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Remind me if no reply' })).not.toBeChecked(),
    );
    expect(screen.getByTestId('flag-outcome')).toHaveTextContent('no longer tracking');
  });

  it('says when the recipients cannot be read', async () => {
    const compose = composePort({ to: [PRIYA] });
    compose.port.recipients = () => Promise.reject(new Error('item.to.getAsync failed (Office error 9041)'));
    renderPane(<ComposeMessage item={item} />, { compose: compose.port });
    expect(await screen.findByText(/could not read the recipients: .*9041/)).toBeInTheDocument();
  });
});

describe('CoachPanel', () => {
  it('lists each finding with its reason for a long email with three asks to two people', async () => {
    const compose = composePort({
      to: [PRIYA, { displayName: 'Marcus', emailAddress: 'marcus@fabrikam.example' }],
      subject: 'Several questions about the onboarding package and the timeline for next quarter',
      body: [
        'Hi both,',
        'Could you send me the signed order form? Can you also confirm the kick-off date? ',
        'Would you please share the list of attendees? '.repeat(2),
        'We have been working on the plan for a long time and we think it covers everything that matters for the first phase of the project. '.repeat(
          8,
        ),
        'Thanks,\nDana',
      ].join('\n'),
    });
    renderPane(<ComposeMessage item={item} />, { compose: compose.port });
    await userEvent.click(await screen.findByRole('button', { name: 'Check my writing' }));
    const findings = await screen.findByRole('list', { name: 'Writing coach findings' }, { timeout: 4000 });
    const rules = within(findings)
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('data-rule'));
    expect(rules).toEqual(expect.arrayContaining(['recipients.toActions', 'asks.many', 'length.words']));
    for (const li of within(findings).getAllByRole('listitem'))
      expect(li.textContent.length).toBeGreaterThan(20);
  });

  it('gives a short, clear email a clean bill', async () => {
    const compose = composePort({
      to: [PRIYA],
      // docs/formats/coach-examples/short-clear.json
      subject: 'Pilot kickoff next week',
      body: 'Hi Priya,\n\nThanks for the call on Tuesday. The pilot team is ready to start with your two warehouses, and we have blocked the first week of March for setup. Our engineer, Sam, will bring the scanners and run a short training for your shift leads on day one.\n\nCould you confirm that Monday 3 March at 9:00 works for the kickoff?\n\nBest regards,\nDana Whitfield',
    });
    renderPane(<ComposeMessage item={item} />, { compose: compose.port });
    await userEvent.click(await screen.findByRole('button', { name: 'Check my writing' }));
    expect(await screen.findByTestId('coach-clean', undefined, { timeout: 4000 })).toBeInTheDocument();
  });

  it('suggests a call for bad news, with the phone, best time, the script and the recap draft', async () => {
    const compose = composePort({
      to: [PRIYA],
      subject: 'Your delivery',
      body: 'Hi Priya,\n\nI am so sorry: your delivery was missed yesterday and the parts did not arrive. We will fix it.\n\nDana',
    });
    const fake = renderPane(<ComposeMessage item={item} coach="callSuggestion" />, {
      compose: compose.port,
      setup: (store) =>
        void store.upsertProfile({
          email: PRIYA.emailAddress,
          displayName: 'Priya Raman',
          channels: [{ kind: 'phone', address: '+6561234567' }],
          timeZone: 'Asia/Singapore',
          bestDays: [2, 3, 4],
          bestTimes: [{ start: 540, end: 660 }],
          worstTimes: [],
          notes: '',
          status: { kind: 'active' },
        }),
    });
    const call = await screen.findByTestId('call-suggestion', undefined, { timeout: 4000 });
    expect(within(call).getByRole('link', { name: 'Call +6561234567' })).toHaveAttribute(
      'href',
      'tel:+6561234567',
    );
    expect(within(call).getByTestId('call-best-time')).toHaveTextContent(
      'Best time: Tue–Thu 09:00–11:00 (Singapore)',
    );
    expect(within(call).getByTestId('call-script')).toHaveTextContent(/1\. Acknowledge and apologise/);
    await userEvent.type(
      within(call).getByRole('textbox', { name: /What went wrong/ }),
      'the missed delivery',
    );
    expect(within(call).getByTestId('call-script')).toHaveTextContent("I'm sorry about the missed delivery");
    await userEvent.click(within(call).getByRole('button', { name: 'Draft the recap email' }));
    await waitFor(() =>
      expect(fake.forms.opened[0]).toMatchObject({
        kind: 'new',
        message: { subject: 'Recap of our call: Your delivery', to: [PRIYA] },
      }),
    );
  });
});
