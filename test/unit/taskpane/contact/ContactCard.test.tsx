import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ContactProfile } from '../../../../src/shared/domain/types';
import { ContactCard } from '../../../../src/taskpane/contact/ContactCard';
import { PRIYA } from '../../shared/app/appFakes';
import { PRIYA_TRACKED, tracked } from '../paneFixtures';
import { renderPane } from '../renderPane';

const profile: ContactProfile = {
  email: PRIYA.emailAddress,
  displayName: 'Priya Raman',
  channels: [
    { kind: 'phone', address: '+6561234567' },
    { kind: 'linkedin', address: 'https://www.linkedin.com/in/priya' },
  ],
  timeZone: 'Asia/Singapore',
  bestDays: [2, 3, 4],
  bestTimes: [{ start: 480, end: 600 }],
  worstTimes: [{ start: 720, end: 780 }],
  waitHours: 72,
  notes: 'Reads mail on her phone <b>only</b>',
  status: { kind: 'away', until: '2026-03-09' },
};

describe('ContactCard', () => {
  it('shows ranked channels as links, local time, best days, the week strip, wait, notes and status', async () => {
    renderPane(<ContactCard recipient={PRIYA_TRACKED} />, {
      setup: (store) => void store.upsertProfile(profile),
    });
    const card = await screen.findByTestId('contact-card');
    expect(within(card).getByRole('link', { name: '+6561234567' })).toHaveAttribute(
      'href',
      'tel:+6561234567',
    );
    expect(within(card).getByRole('link', { name: 'https://www.linkedin.com/in/priya' })).toHaveAttribute(
      'target',
      '_blank',
    );
    expect(within(card).getByTestId('contact-local-time')).toHaveTextContent(
      /now · Singapore \(UTC\+08:00\)/,
    );
    expect(within(card).getByText('Tue–Thu')).toBeInTheDocument();
    expect(within(card).getByText('3 days')).toBeInTheDocument();
    expect(within(card).getByText('Reads mail on her phone <b>only</b>')).toBeInTheDocument();
    expect(within(card).getByText(/Out of office until/)).toBeInTheDocument();
    const strip = within(card).getByTestId('week-strip');
    expect(within(strip).getByText('Tuesday: best 08:00–10:00; worst 12:00–13:00')).toBeInTheDocument();
    expect(within(strip).getByText('Monday: not a best day; worst 12:00–13:00')).toBeInTheDocument();
  });

  it('says when no preferences are saved yet (email only, the user’s zone)', async () => {
    renderPane(<ContactCard recipient={PRIYA_TRACKED} />);
    expect(await screen.findByText(/No preferences saved yet/)).toBeInTheDocument();
    expect(screen.getByText('Email only so far')).toBeInTheDocument();
  });

  it('opens the preferences request in a new message', async () => {
    const fake = renderPane(<ContactCard recipient={PRIYA_TRACKED} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ask how they prefer to be reached' }));
    await waitFor(() =>
      expect(fake.forms.opened[0]).toMatchObject({
        kind: 'new',
        message: { subject: 'How do you prefer to be reached?', to: [{ emailAddress: PRIYA.emailAddress }] },
      }),
    );
  });
});

describe('ContactEditor', () => {
  const edit = async () => {
    const fake = renderPane(<ContactCard recipient={PRIYA_TRACKED} />, {
      setup: (store) => {
        tracked(store);
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Edit preferences' }));
    await screen.findByRole('form', { name: /Edit/ });
    return fake;
  };

  it('puts the validation message under the field it is about (a bad phone number)', async () => {
    const fake = await edit();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '#1 channel' }), 'phone');
    const addresses = screen.getAllByRole('textbox', { name: /Address/ });
    await userEvent.type(addresses[0]!, '12');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^"12" /)).toBeInTheDocument();
    expect(screen.getAllByRole('textbox', { name: /Address/ })[0]).toHaveAttribute('aria-invalid', 'true');
    expect(fake.device.store.profiles()).toHaveLength(0);
  });

  it('refuses worst times that swallow every best time, naming the best times', async () => {
    await edit();
    await userEvent.click(screen.getAllByRole('button', { name: '8–5' })[0]!);
    await userEvent.click(screen.getAllByRole('button', { name: '8–5' })[1]!);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('every best time falls inside a worst time: no time would be left'),
    ).toBeInTheDocument();
  });

  it('saves phone first, Tue–Thu 08:00–10:00 in New York, and the plan moves', async () => {
    const fake = await edit();
    const id = fake.device.store.followUps()[0]!.id;
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '#1 channel' }), 'phone');
    await userEvent.type(screen.getAllByRole('textbox', { name: /Address/ })[0]!, '+1 212 555 0142');
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    await userEvent.clear(zone);
    await userEvent.type(zone, 'new york');
    await userEvent.click(await screen.findByRole('option', { name: /America\/New York/ }));
    for (const day of ['Mon', 'Fri']) await userEvent.click(screen.getByRole('checkbox', { name: day }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Add a range' })[0]!);
    const from = screen.getAllByLabelText('From')[0]!;
    const to = screen.getAllByLabelText('To')[0]!;
    await userEvent.clear(from);
    await userEvent.type(from, '08:00');
    await userEvent.clear(to);
    await userEvent.type(to, '10:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('action-feedback')).toHaveTextContent(
      'Saved. 1 plan moved to the new times.',
    );
    expect(fake.device.store.profile(PRIYA.emailAddress)).toMatchObject({
      timeZone: 'America/New_York',
      bestDays: [2, 3, 4],
      bestTimes: [{ start: 480, end: 600 }],
      channels: [{ kind: 'phone', address: '+12125550142' }],
    });
    expect(fake.device.store.followUp(id)!.steps[0]!.channel).toBe('phone');
  });

  it('cancels without saving', async () => {
    const fake = await edit();
    await userEvent.type(screen.getByRole('textbox', { name: 'Notes' }), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByTestId('contact-card')).toBeInTheDocument();
    expect(fake.device.store.profiles()).toHaveLength(0);
  });
});
