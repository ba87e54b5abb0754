import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { followUpAct } from '../../../../src/shared/app/followUpAct';
import type { ItemSummary } from '../../../../src/shared/ports';
import type { Store } from '../../../../src/shared/storage/store';
import { FollowUpView } from '../../../../src/taskpane/plan/FollowUpView';
import { DAY, NOW, sentCopy, tracked } from '../paneFixtures';
import { renderPane } from '../renderPane';

function firstStep() {
  return screen.getAllByTestId('plan-step')[0]!;
}

describe('FollowUpView', () => {
  it('drafts the reminder as a reply all on the sent message', async () => {
    let item: ItemSummary | null = null;
    const fake = renderTracked(
      (store, id) => {
        item = sentCopy(store, store.followUp(id)!).item;
      },
      () => item,
    );
    fake.sentCopies.put(fake.id, { itemId: (item as ItemSummary | null)?.itemId ?? '' });
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reminder' }));
    await waitFor(() => expect(fake.forms.opened[0]).toMatchObject({ kind: 'replyAll' }));
    expect(screen.getByTestId('action-feedback')).toHaveTextContent('The draft is open');
    expect(fake.device.store.followUp(fake.id)!.history.at(-1)).toMatchObject({ kind: 'drafted' });
  });

  it('drafts a new message with the original quoted away from the sent message', async () => {
    const fake = renderTracked();
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reminder' }));
    await waitFor(() =>
      expect(fake.forms.opened[0]).toMatchObject({
        kind: 'new',
        message: { subject: 'RE: Proposal for Contoso' },
      }),
    );
  });

  it('says why when Outlook cannot open the draft, and records nothing', async () => {
    const fake = renderTracked(
      undefined,
      undefined,
      new Error('mailbox.displayNewMessageForm failed (Office error 9030)'),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Draft reminder' }));
    expect(await screen.findByTestId('action-feedback')).toHaveTextContent(
      'That did not work: Outlook could not open the draft: mailbox.displayNewMessageForm failed (Office error 9030)',
    );
    expect(fake.device.store.followUp(fake.id)!.history.some((h) => h.kind === 'drafted')).toBe(false);
  });

  it('snoozes the next step to a quick choice and says where it went', async () => {
    const { device } = renderTracked();
    await userEvent.click(await within(firstStep()).findByRole('button', { name: 'Snooze' }));
    await userEvent.click(await screen.findByRole('button', { name: 'In 2 days' }));
    await waitFor(() =>
      expect(device.store.followUps()[0]!.steps[0]!.snoozedUntil).toBeGreaterThan(NOW + DAY),
    );
    expect(screen.getByTestId('action-feedback')).toHaveTextContent(/^Snoozed to /);
    expect(within(firstStep()).getByText('Snoozed')).toBeInTheDocument();
  });

  it('logs a call with its outcome on a phone step', async () => {
    const { device, id } = renderTracked((store, followUpId) => {
      followUpAct(store, followUpId, { kind: 'done', stepIndex: 0 }, NOW + 2 * DAY);
      followUpAct(store, followUpId, { kind: 'done', stepIndex: 1 }, NOW + 5 * DAY);
    });
    const step = () => screen.getAllByTestId('plan-step')[2]!;
    await userEvent.click(await within(step()).findByRole('button', { name: 'Log call' }));
    await userEvent.click(await screen.findByRole('radio', { name: 'Left a voicemail' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Note/ }), 'try again Friday');
    await userEvent.click(screen.getByRole('button', { name: 'Log it' }));
    await waitFor(() =>
      expect(device.store.followUp(id)!.steps[2]).toMatchObject({
        status: 'done',
        outcome: 'Left a voicemail: try again Friday',
      }),
    );
    expect(screen.getByTestId('action-feedback')).toHaveTextContent('Logged');
  });

  it('marks replied, says why, and offers the thank-you', async () => {
    const { device, id } = renderTracked();
    await userEvent.click(await screen.findByRole('button', { name: 'Mark replied' }));
    await waitFor(() => expect(screen.getByTestId('follow-up-state')).toHaveTextContent('Replied'));
    expect(screen.getByRole('button', { name: 'Send a thank-you' })).toBeInTheDocument();
    expect(screen.getByTestId('follow-up-reason')).toHaveTextContent('Why: marked as replied by you');
    expect(device.store.followUp(id)!.state).toBe('replied');
  });

  it('stops tracking', async () => {
    const { device, id } = renderTracked();
    await userEvent.click(await screen.findByRole('button', { name: 'Stop tracking' }));
    await waitFor(() => expect(device.store.followUp(id)!.state).toBe('stopped'));
    expect(screen.queryByRole('button', { name: 'Draft reminder' })).not.toBeInTheDocument();
  });

  it('changes the ladder and the steps move', async () => {
    const { device, id } = renderTracked();
    const before = device.store.followUp(id)!.steps[0]!.dueAt;
    await userEvent.click(await screen.findByRole('button', { name: 'Change ladder' }));
    await userEvent.click(await screen.findByRole('radio', { name: /Relaxed/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Use this ladder' }));
    await waitFor(() => expect(device.store.followUp(id)!.ladder).toBe('relaxed'));
    expect(device.store.followUp(id)!.steps[0]!.dueAt).toBeGreaterThan(before);
    expect(screen.getByTestId('action-feedback')).toHaveTextContent('Ladder changed');
  });

  it('says when the follow-up is gone (removed on another device)', async () => {
    renderPane(<FollowUpView id="nothere000" item={null} />);
    expect(await screen.findByText(/no longer stored/)).toBeInTheDocument();
  });
});

function renderTracked(
  after?: (store: Store, id: string) => void,
  item: () => ItemSummary | null = () => null,
  formsFail?: Error,
) {
  let id = '';
  const fake = renderPane(<Deferred get={() => id} item={item} />, {
    ...(formsFail ? { formsFail } : {}),
    setup: (store) => {
      id = tracked(store).id;
      after?.(store, id);
    },
  });
  return { ...fake, id };
}

function Deferred({ get, item }: { get: () => string; item: () => ItemSummary | null }) {
  return <FollowUpView id={get()} item={item()} />;
}
