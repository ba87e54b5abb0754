import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TimeZonePicker } from '../../../../src/taskpane/contact/TimeZonePicker';
import { renderPane } from '../renderPane';

function Picker({ onPick }: { onPick: (zone: string) => void }) {
  const [zone, setZone] = useState('Europe/Paris');
  return (
    <>
      <label htmlFor="tz">Time zone</label>
      <TimeZonePicker
        id="tz"
        value={zone}
        onChange={(next) => {
          setZone(next);
          onPick(next);
        }}
      />
    </>
  );
}

describe('TimeZonePicker', () => {
  it('finds a zone by its city and picks it', async () => {
    const picked: string[] = [];
    renderPane(<Picker onPick={(z) => picked.push(z)} />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    expect((input as HTMLInputElement).value).toMatch(/^Europe\/Paris · \(UTC\+0[12]:00\)$/);
    await userEvent.clear(input);
    await userEvent.type(input, 'new york');
    const option = await screen.findByRole('option', { name: /America\/New York/ });
    await userEvent.click(option);
    expect(picked).toEqual(['America/New_York']);
    expect((input as HTMLInputElement).value).toMatch(/^America\/New York/);
  });

  it('says when nothing matches', async () => {
    renderPane(<Picker onPick={() => undefined} />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    await userEvent.clear(input);
    await userEvent.type(input, 'atlantis');
    expect(await screen.findByRole('option', { name: 'No zone matches' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
