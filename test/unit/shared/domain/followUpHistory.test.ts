import { HISTORY_MAX, historyAppend } from '../../../../src/shared/domain/followUpHistory';
import type { HistoryEntry } from '../../../../src/shared/domain/types';

describe('historyAppend', () => {
  it('keeps the first entry and the latest ones, at most HISTORY_MAX', () => {
    let history: HistoryEntry[] = historyAppend([], 0, 'sent', 'prompt ladder, 3 steps');
    for (let i = 1; i <= 30; i += 1) history = historyAppend(history, i, i % 2 ? 'paused' : 'resumed');
    expect(history).toHaveLength(HISTORY_MAX);
    expect(history[0]).toEqual({ at: 0, kind: 'sent', note: 'prompt ladder, 3 steps' });
    expect(history.at(-1)).toEqual({ at: 30, kind: 'resumed' });
    expect(history[1]!.at).toBe(30 - HISTORY_MAX + 2);
  });

  it('cuts long notes and drops empty ones', () => {
    const [entry] = historyAppend([], 1, 'reply', 'x'.repeat(500));
    expect(entry!.note).toHaveLength(120);
    expect(entry!.note!.endsWith('…')).toBe(true);
    expect(historyAppend([], 1, 'stopped', '   ')).toEqual([{ at: 1, kind: 'stopped' }]);
  });

  it('replaces a snooze that directly follows another one', () => {
    const sent = historyAppend([], 0, 'sent');
    const once = historyAppend(sent, 1, 'snoozed', 'Reminder 1');
    expect(historyAppend(once, 2, 'snoozed', 'Reminder 1')).toEqual([
      sent[0],
      { at: 2, kind: 'snoozed', note: 'Reminder 1' },
    ]);
  });
});
