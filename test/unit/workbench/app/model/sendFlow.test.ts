import type { Run, RunOutcome } from '../../../../../workbench/app/model/commandRunner';
import { SendFlow, type SendContext } from '../../../../../workbench/app/model/sendFlow';
import type { SmartAlert } from '../../../../../workbench/app/model/smartAlert';

function harness(
  outcome: Promise<RunOutcome> | null,
  mode: 'PromptUser' | 'SoftBlock' | null = 'PromptUser',
) {
  const events: string[] = [];
  let alert: SmartAlert | null = null;
  let cancelled = false;
  const run =
    outcome &&
    ({ id: 1, request: {} as Run['request'], done: outcome, cancel: () => (cancelled = true) } as Run);
  const ctx: SendContext = {
    addinName: () => 'ReachPlan',
    sendMode: () => mode,
    longRunningNoticeMs: () => 5,
    runOnSend: () => run,
    commit: () => {
      events.push('sent');
      return Promise.resolve();
    },
    runCommand: (id) => events.push(`command:${id}`),
    setAlert: (a) => (alert = a),
    setSending: (s) => events.push(s ? 'sending' : 'idle'),
    log: (kind) => events.push(kind),
    warn: (m) => events.push(`warn:${m}`),
  };
  return { flow: new SendFlow(ctx), events, alert: () => alert, cancelled: () => cancelled };
}

describe('SendFlow', () => {
  it('sends at once when the client fires no OnMessageSend', async () => {
    const h = harness(null, null);
    await h.flow.send();
    expect(h.events).toEqual(['sending', 'sent', 'idle']);
  });

  it('sends when the handler allows it', async () => {
    const h = harness(Promise.resolve({ kind: 'completed', options: { allowEvent: true }, handlerMs: 1 }));
    await h.flow.send();
    expect(h.events).toEqual(['sending', 'event.completed', 'sent', 'idle']);
  });

  it('shows the block and sends only on Send Anyway', async () => {
    const h = harness(
      Promise.resolve({
        kind: 'completed',
        options: { allowEvent: false, errorMessage: 'Call first?' },
        handlerMs: 1,
      }),
    );
    await h.flow.send();
    expect(h.alert()?.message).toBe('Call first?');
    expect(h.events).not.toContain('sent');
    await h.flow.choose('sendAnyway');
    expect(h.events.slice(-3)).toEqual(['smartAlert.choice', 'sent', 'idle']);
    expect(h.alert()).toBeNull();
  });

  it("Don't Send keeps the message; Take Action runs the command", async () => {
    const h = harness(
      Promise.resolve({ kind: 'completed', options: { allowEvent: false, commandId: 'Pane' }, handlerMs: 1 }),
    );
    await h.flow.send();
    await h.flow.choose('takeAction');
    expect(h.events).toContain('command:Pane');
    expect(h.events).not.toContain('sent');
  });

  it('shows the long-running dialog, and Send Anyway there stops waiting for the handler', async () => {
    const h = harness(new Promise<RunOutcome>(() => undefined));
    void h.flow.send();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(h.alert()?.kind).toBe('longRunning');
    await h.flow.choose('sendAnyway');
    expect(h.cancelled()).toBe(true);
    expect(h.events).toContain('sent');
  });

  it('shows the timeout dialog when the handler never completes', async () => {
    const h = harness(Promise.resolve({ kind: 'timedOut' }), 'SoftBlock');
    await h.flow.send();
    expect(h.alert()).toMatchObject({ kind: 'timedOut', buttons: ['ok'] });
    await h.flow.choose('ok');
    expect(h.events).not.toContain('sent');
    expect(h.events.at(-1)).toBe('idle');
  });
});
