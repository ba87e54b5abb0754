import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ItemSummary, MailboxPort } from '../../../../src/shared/ports';
import { ITEM_PROPERTY } from '../../../../src/shared/storage/itemRecord';
import { ThisMessage } from '../../../../src/taskpane/thisMessage/ThisMessage';
import { PRIYA, USER } from '../../shared/app/appFakes';
import { DAY, NOW, sentCopy, tracked } from '../paneFixtures';
import { renderPane } from '../renderPane';

const received: ItemSummary = {
  mode: 'read',
  subject: '<b>Proposal</b> & terms',
  to: [{ displayName: 'Dana Whitfield', emailAddress: USER }],
  cc: [],
  from: { displayName: 'Tomás Ruiz', emailAddress: 'tomas@northwind.example' },
  itemId: 'AAMk-other',
};

function renderWith(mailbox: MailboxPort) {
  return renderPane(<ThisMessage onShowDue={() => undefined} />, { mailbox });
}

describe('ThisMessage', () => {
  it('shows a loading state, then the message as text (never as HTML)', async () => {
    let resolve: (value: ItemSummary) => void = () => undefined;
    renderWith({ currentItem: () => new Promise((r) => (resolve = r)) });
    expect(screen.getByText('Reading the message…')).toBeInTheDocument();
    resolve(received);
    expect(await screen.findByRole('heading', { name: '<b>Proposal</b> & terms' })).toBeInTheDocument();
    expect(screen.getByText('This message is not part of a follow-up.')).toBeInTheDocument();
  });

  it('explains what to do when no message is selected', async () => {
    renderWith({ currentItem: () => Promise.resolve(null) });
    expect(await screen.findByText('Select a message to see its follow-up plan.')).toBeInTheDocument();
  });

  it('shows the failure with a retry that reads the message again', async () => {
    const currentItem = jest
      .fn<Promise<ItemSummary | null>, []>()
      .mockRejectedValueOnce(new Error('item.subject.getAsync failed (Office error 9041): offline'))
      .mockResolvedValueOnce({ ...received, subject: 'Second try' });
    renderWith({ currentItem });
    expect(await screen.findByText(/could not read this message: .*9041/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Second try' })).toBeInTheDocument();
    expect(currentItem).toHaveBeenCalledTimes(2);
  });

  it('reads the new item when a pinned pane moves (ItemChanged)', async () => {
    const currentItem = jest
      .fn<Promise<ItemSummary | null>, []>()
      .mockResolvedValueOnce(received)
      .mockResolvedValueOnce({ ...received, subject: 'Renewal terms', itemId: 'AAMk-2' });
    const fake = renderWith({ currentItem });
    expect(await screen.findByRole('heading', { name: /Proposal/ })).toBeInTheDocument();
    act(() => fake.itemChanged());
    expect(await screen.findByRole('heading', { name: 'Renewal terms' })).toBeInTheDocument();
  });

  it('shows a tracked sent message’s ladder on both clocks, with actions for the next step', async () => {
    renderPane(<ThisMessage onShowDue={() => undefined} />, {
      setup: (store) => {
        store.upsertProfile({
          email: PRIYA.emailAddress,
          displayName: 'Priya Raman',
          channels: [{ kind: 'email' }, { kind: 'phone', address: '+6561234567' }],
          timeZone: 'Asia/Singapore',
          bestDays: [1, 2, 3, 4, 5],
          bestTimes: [],
          worstTimes: [],
          notes: '',
          status: { kind: 'active' },
        });
        return sentCopy(store, tracked(store));
      },
    });
    const timeline = await screen.findByRole('list', { name: 'Follow-up steps' });
    const steps = within(timeline).getAllByTestId('plan-step');
    expect(steps).toHaveLength(3);
    expect(within(steps[0]!).getByRole('heading', { name: /Reminder 1.*Email/ })).toBeInTheDocument();
    expect(within(steps[0]!).getByTestId('step-user-time')).toHaveTextContent(/your time$/);
    expect(within(steps[0]!).getByTestId('step-contact-time')).toHaveTextContent(/in Singapore$/);
    expect(within(steps[2]!).getByRole('heading', { name: /Switch to phone call/ })).toBeInTheDocument();
    // The full plan loads: the next step gets its actions and every planned step its explanation.
    expect(await within(steps[0]!).findByRole('button', { name: 'Draft reminder' })).toBeInTheDocument();
    await userEvent.click(within(steps[0]!).getByRole('button', { name: 'Why this time?' }));
    expect(within(steps[0]!).getByTestId('step-why')).toHaveTextContent(/Waits 2 days after sending/);
    expect(screen.getByTestId('follow-up-state')).toHaveTextContent('Waiting for a reply');
  });

  it('tracks an untracked sent message on request, and shows its plan', async () => {
    const fake = renderPane(<ThisMessage onShowDue={() => undefined} />, {
      item: {
        mode: 'read',
        subject: 'Quote for the pilot',
        to: [PRIYA],
        cc: [],
        from: { displayName: 'Dana', emailAddress: USER },
        itemId: 'AAMk-sent-9',
        dateTimeCreated: NOW - DAY,
      },
    });
    expect(await screen.findByText('This message is not tracked.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Track this message' }));
    expect(await screen.findByRole('list', { name: 'Follow-up steps' })).toBeInTheDocument();
    expect(fake.device.store.followUps().map((f) => f.subject)).toEqual(['Quote for the pilot']);
    expect(fake.props.values.get(ITEM_PROPERTY)).toEqual(expect.any(String));
    expect(screen.getByTestId('action-feedback')).toHaveTextContent('Tracking this message');
  });

  it('says a reply cleared the plan and why, and offers the thank-you and the next date', async () => {
    const fake = renderPane(<ThisMessage onShowDue={() => undefined} />, {
      setup: (store) => {
        const followUp = tracked(store, { sentAt: NOW - 2 * DAY });
        return {
          item: {
            mode: 'read',
            subject: `RE: ${followUp.subject}`,
            to: [{ displayName: 'Dana', emailAddress: USER }],
            cc: [],
            from: PRIYA,
            itemId: 'AAMk-reply',
            conversationId: followUp.conversationId!,
            dateTimeCreated: NOW - DAY,
          },
        };
      },
    });
    const notice = await screen.findByTestId('answer-notice');
    expect(notice).toHaveAttribute('data-applied', 'cleared');
    expect(notice).toHaveTextContent(/Priya replied, so this follow-up is cleared\. Why: .+/);
    expect(await screen.findByTestId('follow-up-state')).toHaveTextContent('Replied');
    await userEvent.click(screen.getByRole('button', { name: 'Send a thank-you' }));
    await waitFor(() => expect(fake.forms.opened[0]).toMatchObject({ kind: 'replyAll' }));
    await userEvent.click(screen.getByRole('button', { name: 'Set the next follow-up date' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Set date' }));
    await waitFor(() => expect(fake.device.store.followUps()[0]?.state).toBe('waiting'));
    expect(screen.getByTestId('action-feedback')).toHaveTextContent('Next follow-up set for');
  });

  it('says when the message’s own record is unreadable, and offers to check again', async () => {
    renderPane(<ThisMessage onShowDue={() => undefined} />, {
      item: { ...received, from: { displayName: 'Dana', emailAddress: USER } },
      properties: { [ITEM_PROPERTY]: 'I1a~damaged' },
    });
    expect(await screen.findByText(/record is unreadable/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
