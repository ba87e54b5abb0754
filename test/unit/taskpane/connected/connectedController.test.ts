/**
 * The pane's connected-mode controller with the real store, manual timers and a fake chunk: when it
 * sweeps (open, every 10 minutes, back into view after 2, never before Graph's Retry-After), when it
 * stops, and what a sign-in problem in the middle of a sweep does.
 */
import {
  ConnectedController,
  SWEEP_INTERVAL_MS,
  WAKE_GAP_MS,
  type ConnectedEnvironment,
} from '../../../../src/taskpane/connected/connectedController';
import { Mailbox, openDevice } from '../../../fixtures/storeHarness';
import { fakeChunk, memoryFake, sweepReport } from './connectedFakes';

function setup(environment: Partial<ConnectedEnvironment> = {}) {
  const device = openDevice(new Mailbox());
  const chunk = fakeChunk(() => device.clock.now());
  const controller = new ConnectedController({
    store: device.store,
    sentCopies: { get: () => undefined, put: () => true },
    memory: memoryFake(),
    clock: device.clock,
    timers: device.timers,
    userEmail: 'dana@northwind.example',
    nestedAppAuth: true,
    clientId: '00000000-0000-4000-8000-00000000c0de',
    addinId: 'addin',
    fetch: () => Promise.reject(new Error('no network in this test')),
    load: chunk.load,
    ...environment,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { device, chunk, controller, settle };
}

describe('ConnectedController', () => {
  it('sweeps when switched on, then every 10 minutes while the pane is open', async () => {
    const t = setup();
    expect(t.controller.setEnabled(true)).toBeNull();
    expect(t.device.store.settings().connected).toBe(true);
    await t.settle();
    expect(t.controller.getView().status.kind).toBe('ready');
    expect(t.chunk.calls.sweeps).toBe(1);
    expect(t.device.timers.delays).toEqual([SWEEP_INTERVAL_MS]);
    t.device.timers.runAll();
    await t.settle();
    expect(t.chunk.calls.sweeps).toBe(2);
    expect(t.chunk.calls.load).toBe(1);
  });

  it('sweeps when the pane comes back into view, but not twice within two minutes', async () => {
    const t = setup();
    t.controller.sync(true);
    await t.settle();
    t.controller.wake();
    await t.settle();
    expect(t.chunk.calls.sweeps).toBe(1);
    t.device.clock.time += WAKE_GAP_MS;
    t.controller.wake();
    await t.settle();
    expect(t.chunk.calls.sweeps).toBe(2);
  });

  it('waits as long as Graph asked before sweeping again', async () => {
    const t = setup();
    t.chunk.script.sweep = (at) =>
      sweepReport(at, { problem: { kind: 'throttled', message: 'slow down', retryAfterMs: 30 * 60_000 } });
    t.controller.sync(true);
    await t.settle();
    expect(t.device.timers.delays).toEqual([30 * 60_000]);
    t.device.clock.time += 10 * 60_000;
    t.controller.wake();
    await t.settle();
    expect(t.chunk.calls.sweeps).toBe(1);
    t.device.clock.time += 20 * 60_000;
    t.controller.wake();
    await t.settle();
    expect(t.chunk.calls.sweeps).toBe(2);
  });

  it('stops sweeping and asks to sign in when a sweep meets a sign-in problem', async () => {
    const t = setup();
    t.chunk.script.sweep = (at) => sweepReport(at, { problem: { kind: 'signIn', message: 'sign in again' } });
    t.controller.sync(true);
    await t.settle();
    expect(t.controller.getView().status).toEqual({ kind: 'signedOut', message: 'sign in again' });
    expect(t.device.timers.delays).toEqual([]);
  });

  it('stops when switched off and starts again without reloading the chunk', async () => {
    const t = setup();
    t.controller.sync(true);
    await t.settle();
    t.controller.sync(false);
    expect(t.controller.getView().status.kind).toBe('off');
    expect(t.device.timers.delays).toEqual([]);
    t.controller.sync(true);
    await t.settle();
    expect(t.controller.getView().status.kind).toBe('ready');
    expect(t.chunk.calls.load).toBe(1);
  });

  it('keeps the sign-out of this device across pane openings until the user signs in', async () => {
    const memory = memoryFake();
    const first = setup({ memory });
    first.controller.sync(true);
    await first.settle();
    first.controller.signOut();
    const second = setup({ memory });
    second.controller.sync(true);
    await second.settle();
    expect(second.controller.getView().status).toEqual({ kind: 'signedOut' });
    expect(second.chunk.calls.signIn).toEqual([]);
    await second.controller.signIn();
    expect(second.controller.getView().status.kind).toBe('ready');
  });

  it('answers no recipients away when not signed in, and a failed sign-in in words', async () => {
    const t = setup();
    t.chunk.script.silentFailure = { kind: 'offline', message: 'could not reach Microsoft 365' };
    expect(await t.controller.recipientsAway([{ email: 'a@b.example', name: 'A' }])).toEqual([]);
    t.controller.sync(true);
    await t.settle();
    expect(t.controller.getView().status).toEqual({
      kind: 'signedOut',
      message: 'could not reach Microsoft 365',
    });
  });
});
