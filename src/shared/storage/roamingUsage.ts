/** How the roaming quota is used, by kind, for the settings page. */
import type { Result } from '../result';
import { ok } from '../result';
import { followUpRecordLength } from './roamingCompact';
import { sectionsEncode, sectionsValues } from './roamingCodec';
import { ROAMING_QUOTA, roamingCharacters } from './roamingSize';
import type { Snapshot } from './snapshot';
import type { PackingId } from './textPacking';
import { PACKINGS } from './textPacking';

export interface Usage {
  /** Characters Outlook counts for everything ReachPlan stores. */
  readonly characters: number;
  readonly quota: number;
  readonly packing: PackingId;
  /** Follow-ups without their history; history; profiles with the addresses, names and zones they use;
   * settings; and the rest (keys, headers, separators, tombstones, strings only follow-ups use are in followUps). */
  readonly byKind: {
    readonly followUps: number;
    readonly history: number;
    readonly profiles: number;
    readonly settings: number;
    readonly overhead: number;
  };
  readonly counts: { readonly followUps: number; readonly profiles: number; readonly tombstones: number };
}

/** Usage of `snapshot` stored with `packing`. */
export function roamingUsage(snapshot: Snapshot, packing: PackingId, quota = ROAMING_QUOTA): Result<Usage> {
  const sections = sectionsEncode(snapshot, PACKINGS[packing]);
  if (!sections.ok) return sections;
  const s = sections.value;
  const characters = roamingCharacters(sectionsValues(s, PACKINGS[packing]));
  const profileStrings = new Set<string>();
  for (const { value } of snapshot.profiles.values()) {
    profileStrings.add(value.email).add(value.displayName).add(value.timeZone);
  }
  let followUps = 0;
  let history = 0;
  for (const [id, text] of s.followUps) {
    followUps += text.length + 1;
    const value = snapshot.followUps.get(id)?.value;
    if (value && value.history.length > 0) {
      history +=
        followUpRecordLength(value, packing) - followUpRecordLength({ ...value, history: [] }, packing);
    }
  }
  let profiles = 0;
  for (const text of s.profiles.values()) profiles += text.length + 1;
  s.strings.forEach((text, i) => {
    if (profileStrings.has(s.stringValues[i]!)) profiles += text.length + 1;
    else followUps += text.length + 1;
  });
  const settings = s.settings === null ? 0 : s.settings.length + 1;
  followUps -= history;
  return ok({
    characters,
    quota,
    packing,
    byKind: {
      followUps,
      history,
      profiles,
      settings,
      overhead: characters - followUps - history - profiles - settings,
    },
    counts: {
      followUps: snapshot.followUps.size,
      profiles: snapshot.profiles.size,
      tombstones: snapshot.tombstones.size,
    },
  });
}
