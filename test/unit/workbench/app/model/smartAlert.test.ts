import {
  longRunningAlert,
  sendDecision,
  timedOutAlert,
  unavailableAlert,
} from '../../../../../workbench/app/model/smartAlert';

describe('Smart Alerts decisions', () => {
  it('sends unless allowEvent is false', () => {
    expect(sendDecision({ allowEvent: true }, 'SoftBlock', 'ReachPlan')).toEqual({ send: true });
    expect(sendDecision(undefined, 'SoftBlock', 'ReachPlan')).toEqual({ send: true });
  });

  it('blocks with the add-in message; Send Anyway only under PromptUser', () => {
    const soft = sendDecision(
      { allowEvent: false, errorMessage: 'This reads like bad news: call first?' },
      'SoftBlock',
      'ReachPlan',
    );
    expect(soft).toEqual({
      send: false,
      alert: {
        kind: 'blocked',
        title: 'ReachPlan',
        message: 'This reads like bad news: call first?',
        buttons: ['dontSend'],
        problems: [],
      },
    });
    const prompt = sendDecision({ allowEvent: false }, 'PromptUser', 'ReachPlan');
    expect(!prompt.send && prompt.alert).toMatchObject({
      message: 'ReachPlan is preventing this email from being sent.',
      buttons: ['sendAnyway', 'dontSend'],
    });
  });

  it('lets sendModeOverride promptUser allow Send Anyway, and offers Take Action for a commandId', () => {
    const decision = sendDecision(
      {
        allowEvent: false,
        sendModeOverride: 'promptUser',
        cancelLabel: 'Open plan',
        commandId: 'ComposeTaskpaneButton',
      },
      'SoftBlock',
      'ReachPlan',
    );
    expect(!decision.send && decision.alert).toMatchObject({
      buttons: ['takeAction', 'sendAnyway', 'dontSend'],
      takeAction: { label: 'Open plan', commandId: 'ComposeTaskpaneButton' },
    });
  });

  it('reports what the add-in got wrong: overlong message or label, unsupported override', () => {
    const decision = sendDecision(
      {
        allowEvent: false,
        errorMessage: 'x'.repeat(501),
        cancelLabel: 'y'.repeat(21),
        commandId: 'c',
        sendModeOverride: 'block',
      },
      'SoftBlock',
      'ReachPlan',
    );
    if (decision.send) throw new Error('should block');
    expect(decision.alert.message).toHaveLength(500);
    expect(decision.alert.takeAction?.label).toHaveLength(20);
    expect(decision.alert.problems).toHaveLength(3);
    expect(decision.alert.buttons).not.toContain('sendAnyway');
  });

  it('long-running, timed-out and unavailable dialogs follow the send mode', () => {
    expect(longRunningAlert('PromptUser', 'R').buttons).toEqual(['sendAnyway', 'dontSend']);
    expect(longRunningAlert('SoftBlock', 'R').buttons).toEqual([]);
    expect(timedOutAlert('PromptUser', 'R').buttons).toEqual(['sendAnyway', 'dontSend']);
    expect(timedOutAlert('SoftBlock', 'R').buttons).toEqual(['ok']);
    expect(unavailableAlert('SoftBlock', 'R', 'why').buttons).toEqual(['sendAnyway', 'tryLater']);
    expect(unavailableAlert('Block', 'R', 'why').buttons).toEqual(['tryLater']);
  });
});
