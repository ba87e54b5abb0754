/**
 * The device's journal: every write this device made that a fresh load of roaming settings has not
 * shown back yet. Roaming settings are last-writer-wins with no re-read, so a stale device can
 * overwrite them; the journal replays such writes on the next start. Stored as the roaming format
 * (ASCII packing) inside a small JSON envelope.
 */
import { roamingDecode, roamingEncode } from './roamingCodec';
import type { Snapshot } from './snapshot';
import { EMPTY_SNAPSHOT, tombstoneKey } from './snapshot';
import type { Stamp } from './stamp';

const ENVELOPE = 'reachplan-journal';

/** Encodes the journal for device storage; null when an entry cannot be encoded. */
export function journalEncode(journal: Snapshot): string | null {
  const values = roamingEncode(journal, 'a');
  return values.ok ? JSON.stringify({ kind: ENVELOPE, values: values.value }) : null;
}

/** Decodes a stored journal; damaged parts are dropped (they are also in memory or roaming). */
export function journalDecode(text: string | null): { journal: Snapshot; damaged: boolean } {
  if (text === null) return { journal: EMPTY_SNAPSHOT, damaged: false };
  try {
    const parsed = JSON.parse(text) as { kind?: unknown; values?: unknown };
    if (parsed.kind !== ENVELOPE || typeof parsed.values !== 'object' || parsed.values === null) {
      return { journal: EMPTY_SNAPSHOT, damaged: true };
    }
    const decoded = roamingDecode(parsed.values as Record<string, unknown>);
    return { journal: decoded.snapshot, damaged: decoded.report.lost.length > 0 };
  } catch {
    return { journal: EMPTY_SNAPSHOT, damaged: true };
  }
}

function seen(roaming: Snapshot, kind: 'followUp' | 'profile', key: string, stamp: Stamp): boolean {
  const record = kind === 'followUp' ? roaming.followUps.get(key) : roaming.profiles.get(key);
  const stone = roaming.tombstones.get(tombstoneKey(kind, key));
  return (record?.stamp ?? -1) >= stamp || (stone?.stamp ?? -1) >= stamp;
}

/** The journal entries a fresh load of roaming settings does not show (same or newer stamp). */
export function journalPending(journal: Snapshot, roaming: Snapshot): Snapshot {
  const followUps = new Map(
    [...journal.followUps].filter(([id, e]) => !seen(roaming, 'followUp', id, e.stamp)),
  );
  const profiles = new Map(
    [...journal.profiles].filter(([email, e]) => !seen(roaming, 'profile', email, e.stamp)),
  );
  const tombstones = new Map(
    [...journal.tombstones].filter(([, s]) => !seen(roaming, s.kind, s.key, s.stamp)),
  );
  const settings =
    journal.settings && (roaming.settings?.stamp ?? -1) < journal.settings.stamp ? journal.settings : null;
  return { followUps, profiles, settings, tombstones };
}

/** Whether a journal holds nothing. */
export function journalEmpty(journal: Snapshot): boolean {
  return (
    journal.followUps.size === 0 &&
    journal.profiles.size === 0 &&
    journal.tombstones.size === 0 &&
    journal.settings === null
  );
}
