import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { followUpAct } from '../../../../src/shared/app/followUpAct';
import SettingsView from '../../../../src/taskpane/settings/SettingsView';
import { DAY, NOW, tracked } from '../paneFixtures';
import { renderPane } from '../renderPane';

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

describe('SettingsView', () => {
  it('changes the default ladder to relaxed and re-plans nothing else', async () => {
    const fake = renderPane(<SettingsView />);
    await userEvent.click(await screen.findByRole('radio', { name: /^Relaxed/ }));
    await save();
    await waitFor(() => expect(fake.device.store.settings().defaultLadder).toBe('relaxed'));
    expect(screen.getAllByTestId('action-feedback')[0]).toHaveTextContent('Settings saved.');
  });

  it('takes custom waits, and says what is wrong with unreadable ones', async () => {
    const fake = renderPane(<SettingsView />);
    await userEvent.click(await screen.findByRole('radio', { name: 'Custom waits' }));
    const waits = screen.getByRole('textbox', { name: /Waits in hours/ });
    await userEvent.clear(waits);
    await userEvent.type(waits, '24, soon');
    await save();
    expect(
      await screen.findByText('Enter whole hours separated by commas, e.g. 24, 48, 72.'),
    ).toBeInTheDocument();
    await userEvent.clear(waits);
    await userEvent.type(waits, '24, 5000');
    await save();
    expect(await screen.findByText(/must be between 1 and 2160 hours, got 5000/)).toBeInTheDocument();
    await userEvent.clear(waits);
    await userEvent.type(waits, '24, 48');
    await save();
    await waitFor(() => expect(fake.device.store.settings().defaultLadder).toEqual({ waitsHours: [24, 48] }));
  });

  it('moves waiting plans when the working days change, and refuses no working day at all', async () => {
    const fake = renderPane(<SettingsView />, {
      setup: (store) => void tracked(store, { sentAt: NOW - DAY }),
    });
    const monday = await screen.findByRole('checkbox', { name: 'Mon' });
    for (const day of ['Tue', 'Wed', 'Thu', 'Fri'])
      await userEvent.click(screen.getByRole('checkbox', { name: day }));
    await userEvent.click(monday);
    await save();
    expect(await screen.findByRole('alert')).toHaveTextContent(/must/);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sat' }));
    await save();
    await waitFor(() => expect(fake.device.store.settings().user.workingDays).toEqual([6]));
    expect(screen.getAllByTestId('action-feedback')[0]).toHaveTextContent(/1 plan moved/);
  });

  it('switches the on-send options (offer tracking off by default, bad-news alert on)', async () => {
    const fake = renderPane(<SettingsView />);
    const offer = await screen.findByRole('switch', { name: /Offer to track/ });
    const alert = screen.getByRole('switch', { name: /Suggest a call/ });
    expect(offer).not.toBeChecked();
    expect(alert).toBeChecked();
    await userEvent.click(offer);
    await userEvent.click(alert);
    await save();
    await waitFor(() =>
      expect(fake.device.store.settings()).toMatchObject({ offerTracking: true, badNewsAlert: false }),
    );
  });

  it('edits a template with a live preview, refuses an unknown placeholder, and resets it', async () => {
    const fake = renderPane(<SettingsView />);
    const text = await screen.findByTestId('template-text');
    expect(screen.getByTestId('template-preview')).toHaveTextContent('Hi Priya,');
    expect(screen.getByText('{contactFirstName}')).toBeInTheDocument();
    expect(screen.getByText("the contact's first name")).toBeInTheDocument();
    await userEvent.clear(text);
    await userEvent.type(text, 'Hello {{fristName}');
    expect(await screen.findByText(/unknown placeholder \{fristName\}/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save template' })).toBeDisabled();
    await userEvent.clear(text);
    await userEvent.type(text, 'Hello {{contactFirstName}, any news?');
    expect(screen.getByTestId('template-preview')).toHaveTextContent('Hello Priya, any news?');
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() =>
      expect(fake.device.store.settings().templates.reminder1).toBe('Hello {contactFirstName}, any news?'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Use ReachPlan’s wording' }));
    await waitFor(() => expect(fake.device.store.settings().templates.reminder1).toBeUndefined());
  });

  it('shows storage use by kind and compacts finished follow-ups', async () => {
    const fake = renderPane(<SettingsView />, {
      setup: (store) => {
        const old = tracked(store, { sentAt: NOW - 90 * DAY });
        followUpAct(store, old.id, { kind: 'stop' }, NOW - 80 * DAY);
        tracked(store);
      },
    });
    const used = await screen.findByTestId('storage-used');
    expect(used).toHaveTextContent(/^[\d,]+ of 32,768 characters used \(\d+%\)$/);
    const storage = used.closest('section')!;
    expect(within(storage).getByText('Follow-ups')).toBeInTheDocument();
    await userEvent.click(within(storage).getByRole('button', { name: 'Compact now' }));
    expect(await within(storage).findByTestId('action-feedback')).toHaveTextContent(
      /Compacted: 1 finished|Nothing to compact/,
    );
    void fake;
  });
});
