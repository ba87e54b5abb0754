/**
 * Reminders on every device: the next step of each plan as a Microsoft To Do task, against the
 * workbench's To Do: created once (however often it runs, from however many devices), moved with
 * the step, completed when done, deleted when skipped or when the plan clears.
 */
import { planContextOf } from '../../../../src/shared/app/planContextOf';
import { followUpReplied } from '../../../../src/shared/domain/followUpLifecycle';
import {
  followUpStepDone,
  followUpStepSkip,
  followUpStepSnooze,
} from '../../../../src/shared/domain/followUpStepAction';
import type { FollowUp } from '../../../../src/shared/domain/types';
import type { Result } from '../../../../src/shared/result';
import type { FollowUpChange } from '../../../../src/shared/domain/followUpReplan';
import { sentCopyFind } from '../../../../src/shared/graph/sentCopyFind';
import { stepId, TODO_LIST_NAME, todoMirror } from '../../../../src/shared/graph/todoMirror';
import {
  flagAndSend,
  openSessionDevice,
  connectedDeps,
  MARCUS,
  PRIYA,
  workbenchForSuite,
} from '../../../fixtures/connectedHarness';

const wb = workbenchForSuite();

let n = 0;
async function setup() {
  n += 1;
  const id = `todo-${n}`;
  const device = openSessionDevice(wb, id);
  const graph = wb.client(id);
  const deps = (d = device) => connectedDeps(wb, id, d, graph);
  const { followUp, sent } = await flagAndSend(wb, id, device, { to: [PRIYA], subject: 'Onboarding plan' });
  await sentCopyFind(deps(), wb.session(id).nowMs());
  const tasks = () => {
    const list = [...wb.state(id).lists.values()].find((l) => l.displayName === TODO_LIST_NAME);
    return list ? [...list.tasks.values()] : [];
  };
  const change = (apply: (f: FollowUp) => Result<FollowUpChange>) => {
    const current = device.store.followUp(followUp.id);
    if (!current) throw new Error('no follow-up');
    const changed = apply(current);
    if (!changed.ok) throw new Error(changed.reason);
    device.store.upsertFollowUp(changed.value.followUp);
    return changed.value.followUp;
  };
  const now = () => wb.session(id).nowMs();
  return { id, device, deps, followUp, sent, tasks, change, now };
}

describe('To Do tasks for due steps', () => {
  it('creates one task for the next step, with its reminder at the due time and a link back to the message', async () => {
    const t = await setup();
    const outcome = await todoMirror(t.deps(), t.now());
    expect(outcome).toEqual(expect.objectContaining({ created: 1, failures: [] }));
    const [task, ...others] = t.tasks();
    expect(others).toEqual([]);
    const first = t.followUp.steps[0];
    expect(task?.json['title']).toMatch(/^Reminder 1: Priya – Onboarding plan$/);
    expect(task?.json['isReminderOn']).toBe(true);
    const reminder = task?.json['reminderDateTime'] as { dateTime: string; timeZone: string };
    expect(reminder.timeZone).toBe('UTC');
    expect(Date.parse(`${reminder.dateTime.slice(0, 19)}Z`)).toBe(first?.dueAt);
    expect(task?.linkedResources[0]).toEqual(
      expect.objectContaining({
        applicationName: 'ReachPlan',
        externalId: stepId(t.followUp.id, 0),
        webUrl: expect.stringContaining(encodeURIComponent(t.sent.id)) as unknown,
      }),
    );
  });

  it('never duplicates: again, and from a second device that does not know the list', async () => {
    const t = await setup();
    await todoMirror(t.deps(), t.now());
    expect(await todoMirror(t.deps(), t.now())).toEqual(expect.objectContaining({ created: 0, updated: 0 }));
    const other = openSessionDevice(wb, t.id, 'B');
    expect(await todoMirror(t.deps(other), t.now())).toEqual(expect.objectContaining({ created: 0 }));
    expect(t.tasks()).toHaveLength(1);
    expect([...wb.state(t.id).lists.values()].filter((l) => l.displayName === TODO_LIST_NAME)).toHaveLength(
      1,
    );
  });

  it('deletes a duplicate two devices created in a race, keeping the older', async () => {
    const t = await setup();
    const other = openSessionDevice(wb, t.id, 'B');
    await todoMirror(t.deps(), t.now());
    const listId = t.device.memory.get('todo.listId') ?? '';
    const list = wb.state(t.id).lists.get(listId);
    const original = t.tasks()[0];
    if (!list || !original) throw new Error('no task');
    list.tasks.set('dup', {
      id: 'dup',
      json: { ...original.json, id: 'dup', createdDateTime: '2099-01-01T00:00:00.0000000Z' },
      linkedResources: original.linkedResources,
    });
    expect(await todoMirror(t.deps(other), t.now())).toEqual(expect.objectContaining({ deleted: 1 }));
    expect(t.tasks().map((task) => task.id)).toEqual([original.id]);
  });

  it('moves the reminder when the step moves', async () => {
    const t = await setup();
    await todoMirror(t.deps(), t.now());
    const until = t.now() + 5 * 86_400_000;
    t.change((f) => followUpStepSnooze(f, 0, until, t.now(), planContextOf(t.device.store, f)));
    expect(await todoMirror(t.deps(), t.now())).toEqual(expect.objectContaining({ updated: 1, created: 0 }));
    const reminder = t.tasks()[0]?.json['reminderDateTime'] as { dateTime: string };
    expect(Date.parse(`${reminder.dateTime.slice(0, 19)}Z`)).toBe(Math.floor(until / 60_000) * 60_000);
  });

  it('completes the task when the step is done, and creates the next step’s task', async () => {
    const t = await setup();
    await todoMirror(t.deps(), t.now());
    t.change((f) => followUpStepDone(f, 0, t.now(), planContextOf(t.device.store, f)));
    expect(await todoMirror(t.deps(), t.now())).toEqual(
      expect.objectContaining({ completed: 1, created: 1 }),
    );
    const byStep = new Map(
      t.tasks().map((task) => [task.linkedResources[0]?.['externalId'], task.json['status']]),
    );
    expect(byStep.get(stepId(t.followUp.id, 0))).toBe('completed');
    expect(byStep.get(stepId(t.followUp.id, 1))).toBe('notStarted');
  });

  it('deletes the task when the step is skipped, and when the plan clears', async () => {
    const t = await setup();
    await todoMirror(t.deps(), t.now());
    t.change((f) => followUpStepSkip(f, 0, t.now(), planContextOf(t.device.store, f)));
    expect(await todoMirror(t.deps(), t.now())).toEqual(expect.objectContaining({ deleted: 1, created: 1 }));
    t.change((f) => followUpReplied(f, t.now(), 'reply from priya'));
    expect(await todoMirror(t.deps(), t.now())).toEqual(expect.objectContaining({ deleted: 1, created: 0 }));
    expect(t.tasks()).toEqual([]);
  });

  it('leaves a task the user completed in To Do, even when its step moves', async () => {
    const t = await setup();
    await todoMirror(t.deps(), t.now());
    const list = wb.state(t.id).lists.get(t.device.memory.get('todo.listId') ?? '');
    const mine = t.tasks()[0];
    if (!list || !mine) throw new Error('no task');
    list.tasks.set(mine.id, { ...mine, json: { ...mine.json, status: 'completed' } });
    t.change((f) =>
      followUpStepSnooze(f, 0, t.now() + 3 * 86_400_000, t.now(), planContextOf(t.device.store, f)),
    );
    expect(await todoMirror(t.deps(), t.now())).toEqual(
      expect.objectContaining({ updated: 0, created: 0, deleted: 0 }),
    );
    expect(t.tasks()[0]?.json['status']).toBe('completed');
  });

  it('leaves the tasks of follow-ups a device does not know (its roaming copy may be behind)', async () => {
    const t = await setup();
    const marcus = await flagAndSend(wb, t.id, t.device, { to: [MARCUS], subject: 'Renewal terms' });
    await todoMirror(t.deps(), t.now());
    const behind = openSessionDevice(wb, t.id, 'B');
    behind.store.deleteFollowUp(marcus.followUp.id);
    expect(await todoMirror(t.deps(behind), t.now())).toEqual(
      expect.objectContaining({ deleted: 0, completed: 0 }),
    );
    expect(t.tasks()).toHaveLength(2);
  });

  it('finds or re-creates the list when the remembered one was deleted in To Do', async () => {
    const t = await setup();
    await todoMirror(t.deps(), t.now());
    wb.state(t.id).lists.delete(t.device.memory.get('todo.listId') ?? '');
    expect(await todoMirror(t.deps(), t.now())).toEqual(
      expect.objectContaining({ created: 1, failures: [] }),
    );
    expect(t.tasks()).toHaveLength(1);
  });

  it('reports Graph failures in words and leaves To Do as it was', async () => {
    const t = await setup();
    wb.state(t.id).faults.push({
      kind: 'error',
      status: 403,
      code: 'ErrorAccessDenied',
      remaining: -1,
      path: '/todo',
    });
    const outcome = await todoMirror(t.deps(), t.now());
    expect(outcome.failures[0]?.message).toMatch(/refused access/);
    expect(t.tasks()).toEqual([]);
  });
});
