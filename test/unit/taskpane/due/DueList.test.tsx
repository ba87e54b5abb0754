import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { followUpAct } from '../../../../src/shared/app/followUpAct';
import { DueList } from '../../../../src/taskpane/due/DueList';
import { DAY, NOW, tracked } from '../paneFixtures';
import { renderPane } from '../renderPane';

describe('DueList', () => {
  it('explains how to start when nothing is tracked', async () => {
    renderPane(<DueList />);
    expect(await screen.findByTestId('due-empty')).toHaveTextContent(/press “Remind me if no reply”/);
  });

  it('groups every follow-up’s next step (overdue, this week, paused) with counts, sorted', async () => {
    renderPane(<DueList />, {
      setup: (store) => {
        tracked(store, { subject: 'Old proposal', sentAt: NOW - 6 * DAY });
        tracked(store, { subject: 'Fresh quote', sentAt: NOW - 1 * 3_600_000 });
        const paused = tracked(store, { subject: 'Away contact', sentAt: NOW - DAY });
        followUpAct(store, paused.id, { kind: 'pause', until: NOW + 9 * DAY }, NOW);
      },
    });
    const list = await screen.findByTestId('due-list');
    const headings = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Overdue (1)', 'This week (1)', 'Paused (1)']);
    expect(screen.getByTestId('due-summary')).toHaveTextContent('1 due now · 1 upcoming · 1 paused');
    const overdue = within(list).getAllByTestId('due-entry')[0]!;
    expect(within(overdue).getByRole('button', { name: 'Old proposal' })).toBeInTheDocument();
    expect(within(overdue).getByRole('button', { name: 'Draft reminder' })).toBeInTheDocument();
    const paused = within(list).getAllByTestId('due-entry')[2]!;
    expect(paused).toHaveTextContent(/Resumes/);
  });

  it('acts inline: snooze moves the entry out of “overdue”', async () => {
    const fake = renderPane(<DueList />, {
      setup: (store) => void tracked(store, { subject: 'Old proposal', sentAt: NOW - 6 * DAY }),
    });
    const entry = (await screen.findAllByTestId('due-entry'))[0]!;
    await userEvent.click(within(entry).getByRole('button', { name: 'Snooze' }));
    await userEvent.click(await screen.findByRole('button', { name: 'In a week' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Overdue/ })).not.toBeInTheDocument());
    expect(fake.device.store.followUps()[0]!.steps[0]!.snoozedUntil).toBeGreaterThan(NOW + 6 * DAY);
  });

  it('opens the sent message where this device knows it, and says why not otherwise', async () => {
    const fake = renderPane(<DueList />, {
      setup: (store) => void tracked(store, { subject: 'Old proposal', sentAt: NOW - 6 * DAY }),
    });
    const id = fake.device.store.followUps()[0]!.id;
    const entry = (await screen.findAllByTestId('due-entry'))[0]!;
    await userEvent.click(within(entry).getByRole('button', { name: 'Open message' }));
    expect(await within(entry).findByTestId('action-feedback')).toHaveTextContent(
      /has not opened the sent message yet.*draft the reminder with the original quoted/,
    );
    fake.sentCopies.put(id, { itemId: 'AAMk-sent-1' });
    await userEvent.click(within(entry).getByRole('button', { name: 'Old proposal' }));
    await waitFor(() => expect(fake.forms.opened).toEqual([{ kind: 'item', id: 'AAMk-sent-1' }]));
  });

  it('offers the follow-up’s own actions under “More actions”', async () => {
    const fake = renderPane(<DueList />, {
      setup: (store) => void tracked(store, { subject: 'Old proposal', sentAt: NOW - 6 * DAY }),
    });
    const entry = (await screen.findAllByTestId('due-entry'))[0]!;
    await userEvent.click(within(entry).getByRole('button', { name: 'More actions' }));
    await userEvent.click(within(entry).getByRole('button', { name: 'Mark replied' }));
    await waitFor(() => expect(fake.device.store.followUps()[0]!.state).toBe('replied'));
    expect(await screen.findByTestId('due-empty')).toBeInTheDocument();
  });
});
