import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ItemSummary, MailboxPort } from '../../../../src/shared/ports';
import { ServicesProvider } from '../../../../src/taskpane/services/servicesContext';
import { ThisMessage } from '../../../../src/taskpane/thisMessage/ThisMessage';
import { fakeServices } from '../fakeServices';

const item: ItemSummary = {
  mode: 'read',
  subject: '<b>Proposal</b> & terms',
  to: [{ displayName: 'Priya Raman', emailAddress: 'priya@contoso.example' }],
  cc: [],
};

function renderWith(mailbox: MailboxPort) {
  const fake = fakeServices({ mailbox });
  render(
    <ServicesProvider services={fake.services}>
      <FluentProvider theme={webLightTheme}>
        <ThisMessage />
      </FluentProvider>
    </ServicesProvider>,
  );
  return fake;
}

describe('ThisMessage', () => {
  it('shows a loading state, then the subject as text (never as HTML)', async () => {
    let resolve: (value: ItemSummary) => void = () => undefined;
    renderWith({ currentItem: () => new Promise((r) => (resolve = r)) });
    expect(screen.getByText('Reading the message…')).toBeInTheDocument();
    resolve(item);
    expect(await screen.findByTestId('item-subject')).toHaveTextContent('<b>Proposal</b> & terms');
    expect(screen.getByText('Priya Raman')).toBeInTheDocument();
  });

  it('explains what to do when no message is selected', async () => {
    renderWith({ currentItem: () => Promise.resolve(null) });
    expect(await screen.findByText('Select a message to see its follow-up plan.')).toBeInTheDocument();
  });

  it('shows the failure with a retry that reads the message again', async () => {
    const currentItem = jest
      .fn<Promise<ItemSummary | null>, []>()
      .mockRejectedValueOnce(new Error('item.subject.getAsync failed (Office error 9041): offline'))
      .mockResolvedValueOnce({ ...item, subject: 'Second try' });
    renderWith({ currentItem });
    expect(await screen.findByText(/could not read this message: .*9041/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('item-subject')).toHaveTextContent('Second try');
    expect(currentItem).toHaveBeenCalledTimes(2);
  });

  it('reads the new item when a pinned pane moves (ItemChanged)', async () => {
    const currentItem = jest
      .fn<Promise<ItemSummary | null>, []>()
      .mockResolvedValueOnce(item)
      .mockResolvedValueOnce({ ...item, subject: 'Renewal terms' });
    const fake = renderWith({ currentItem });
    expect(await screen.findByTestId('item-subject')).toHaveTextContent('Proposal');
    act(() => fake.itemChanged());
    expect(await screen.findByTestId('item-subject')).toHaveTextContent('Renewal terms');
  });
});
