import type { HistoryEntry, HistoryKind, Instant } from './types';

/** A follow-up keeps at most this many history entries: the first (sending) and the latest ones. */
export const HISTORY_MAX = 12;
export const HISTORY_NOTE_MAX = 120;

/**
 * Appends an entry, keeping history short: notes are cut to HISTORY_NOTE_MAX characters, a snooze
 * right after another snooze replaces it (only where the step sits now matters), and past HISTORY_MAX entries the oldest
 * after the first are dropped (the first says when and how the message was sent).
 */
export function historyAppend(
  history: readonly HistoryEntry[],
  at: Instant,
  kind: HistoryKind,
  note?: string,
): HistoryEntry[] {
  const trimmed = note?.trim();
  const short =
    trimmed && trimmed.length > HISTORY_NOTE_MAX ? `${trimmed.slice(0, HISTORY_NOTE_MAX - 1)}…` : trimmed;
  const entry: HistoryEntry = short ? { at, kind, note: short } : { at, kind };
  const last = history[history.length - 1];
  const base =
    kind === 'snoozed' && last?.kind === 'snoozed' && history.length > 1 ? history.slice(0, -1) : history;
  const next = [...base, entry];
  if (next.length <= HISTORY_MAX) return next;
  return [next[0] as HistoryEntry, ...next.slice(next.length - (HISTORY_MAX - 1))];
}
