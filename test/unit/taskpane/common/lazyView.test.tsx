import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { lazyView } from '../../../../src/taskpane/common/lazyView';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const LazyHello = lazyView<{ name: string }>(() => Promise.resolve({ default: Hello }));

function Toggle() {
  const [on, setOn] = useState(false);
  return (
    <>
      <button onClick={() => setOn((o) => !o)}>toggle</button>
      {on && <LazyHello name="Dana" />}
    </>
  );
}

describe('lazyView', () => {
  it('loads the component, again after an unmount', async () => {
    render(<Toggle />);
    await userEvent.click(screen.getByRole('button'));
    expect(await screen.findByText('Hello Dana')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button'));
    await userEvent.click(screen.getByRole('button'));
    expect(await screen.findByText('Hello Dana')).toBeInTheDocument();
  });

  it('says when the chunk cannot load, and loads it on "Try again"', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = jest
      .fn<Promise<{ default: typeof Hello }>, []>()
      .mockRejectedValueOnce(new Error('Loading chunk 42 failed'))
      .mockResolvedValueOnce({ default: Hello });
    const Flaky = lazyView<{ name: string }>(load);
    render(<Flaky name="Priya" />);
    expect(await screen.findByText(/could not load: Loading chunk 42 failed/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello Priya')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
