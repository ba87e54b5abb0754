import { SaveQueue } from '../../../../src/shared/storage/saveQueue';
import { ManualTimers } from '../../../fixtures/storeHarness';

const settle = () => new Promise((resolve) => setImmediate(resolve));

function queue(outcomes: (Error | null)[], delaysMs = [10, 20]) {
  const timers = new ManualTimers();
  let writes = 0;
  const q = new SaveQueue({
    timers,
    delaysMs,
    retryable: (error) => (error as { code?: number }).code !== 9057,
    describe: (error) => (error as Error).message,
    onChange: () => undefined,
    write: () => {
      const outcome = outcomes[writes++];
      return outcome ? Promise.reject(outcome) : Promise.resolve();
    },
  });
  return { q, timers, writes: () => writes };
}

const busy = Object.assign(new Error('busy'), { code: 9019 });

describe('SaveQueue', () => {
  it('reports failed with the reason once the retries are used up, and never retries without a timer', async () => {
    const { q, timers, writes } = queue([busy, busy, busy, null]);
    q.request();
    await settle();
    expect(q.state).toMatchObject({ status: 'retrying', attempt: 1, retryInMs: 10, reason: 'busy' });
    expect(writes()).toBe(1);
    timers.runAll();
    await settle();
    expect(q.state).toMatchObject({ status: 'retrying', attempt: 2, retryInMs: 20 });
    timers.runAll();
    await settle();
    expect(q.state).toEqual({ status: 'failed', pending: true, attempt: 3, reason: 'busy' });
    expect(timers.pending.size).toBe(0);
    expect(writes()).toBe(3);
    q.request(); // a new change starts over
    expect(await q.flush()).toMatchObject({ status: 'saved', pending: false });
  });

  it('does not retry an error that cannot pass (9057)', async () => {
    const { q, timers } = queue([Object.assign(new Error('too big'), { code: 9057 })]);
    q.request();
    expect(await q.flush()).toMatchObject({ status: 'failed', reason: 'too big' });
    expect(timers.pending.size).toBe(0);
  });

  it('coalesces requests during a scheduled retry and retries now on demand', async () => {
    const { q, timers, writes } = queue([busy, null]);
    q.request();
    await settle();
    q.request();
    q.request();
    expect(writes()).toBe(1);
    expect(q.state).toMatchObject({ status: 'retrying', pending: true });
    q.retryNow();
    expect(timers.pending.size).toBe(0);
    expect(await q.flush()).toMatchObject({ status: 'saved' });
    expect(writes()).toBe(2);
  });

  it('turns a write that throws synchronously into a failed attempt', async () => {
    const timers = new ManualTimers();
    const q = new SaveQueue({
      timers,
      delaysMs: [],
      retryable: () => true,
      describe: (e) => (e as Error).message,
      onChange: () => undefined,
      write: () => {
        throw new Error('boom');
      },
    });
    q.request();
    expect(await q.flush()).toMatchObject({ status: 'failed', reason: 'boom' });
  });
});
