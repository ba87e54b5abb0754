/**
 * The contact editor's form state and its conversion to the input profileSave validates. The form keeps
 * what the user typed (texts); the core decides what is valid and names the field when it is not.
 */
import type { Channel, ContactChannel, ContactProfile, Weekday } from '../../shared/domain/types';
import { rangeText, type RangeText } from '../common/RangeListEditor';

export interface ChannelDraft {
  readonly kind: Channel | '';
  readonly address: string;
}

export interface ContactDraft {
  readonly email: string;
  readonly displayName: string;
  /** #1 and #2. */
  readonly channels: readonly [ChannelDraft, ChannelDraft];
  /** Channels ranked after #2 (kept as they are). */
  readonly rest: readonly ContactChannel[];
  readonly timeZone: string;
  readonly bestDays: readonly Weekday[];
  readonly bestTimes: readonly RangeText[];
  readonly worstTimes: readonly RangeText[];
  readonly waitHours: string;
  readonly notes: string;
  readonly status: 'active' | 'away' | 'movedOn';
  readonly awayUntil: string;
  readonly movedOn?: { readonly since: number; readonly note?: string };
}

function channelDraft(channel: ContactChannel | undefined): ChannelDraft {
  return { kind: channel?.kind ?? '', address: channel?.address ?? '' };
}

/** The form state for a profile. */
export function contactDraft(profile: ContactProfile, today: string): ContactDraft {
  const status = profile.status;
  return {
    email: profile.email,
    displayName: profile.displayName,
    channels: [channelDraft(profile.channels[0]), channelDraft(profile.channels[1])],
    rest: profile.channels.slice(2),
    timeZone: profile.timeZone,
    bestDays: profile.bestDays,
    bestTimes: profile.bestTimes.map(rangeText),
    worstTimes: profile.worstTimes.map(rangeText),
    waitHours: profile.waitHours !== undefined ? String(profile.waitHours) : '',
    notes: profile.notes,
    status: status.kind,
    awayUntil: status.kind === 'away' ? status.until : today,
    ...(status.kind === 'movedOn'
      ? { movedOn: { since: status.since, ...(status.note ? { note: status.note } : {}) } }
      : {}),
  };
}

/** Which form field a profile path is about ("channels[1].address" → the slot the user filled). */
export type ContactField =
  | 'displayName'
  | 'channel0'
  | 'channel1'
  | 'timeZone'
  | 'bestDays'
  | 'bestTimes'
  | 'worstTimes'
  | 'waitHours'
  | 'notes'
  | 'status'
  | 'form';

export interface ContactInput {
  readonly input: Record<string, unknown>;
  /** Which form slot each submitted channel came from (#1 → 0, #2 → 1, kept ones → -1). */
  readonly slots: readonly number[];
}

/** The profile input for profileSave (texts left as typed: the validator reads and names them). */
export function contactInput(draft: ContactDraft, now: number): ContactInput {
  const slots: number[] = [];
  const channels: Record<string, unknown>[] = [];
  draft.channels.forEach((c, slot) => {
    if (!c.kind) return;
    slots.push(slot);
    channels.push(c.address.trim() ? { kind: c.kind, address: c.address } : { kind: c.kind });
  });
  for (const kept of draft.rest) {
    slots.push(-1);
    channels.push({ ...kept });
  }
  const wait = draft.waitHours.trim();
  const status =
    draft.status === 'away'
      ? { kind: 'away', until: draft.awayUntil }
      : draft.status === 'movedOn'
        ? {
            kind: 'movedOn',
            since: draft.movedOn?.since ?? now,
            ...(draft.movedOn?.note ? { note: draft.movedOn.note } : {}),
          }
        : { kind: 'active' };
  return {
    slots,
    input: {
      email: draft.email,
      displayName: draft.displayName,
      channels,
      timeZone: draft.timeZone,
      bestDays: [...draft.bestDays],
      bestTimes: draft.bestTimes.map((r) => ({ ...r })),
      worstTimes: draft.worstTimes.map((r) => ({ ...r })),
      ...(wait === '' ? {} : { waitHours: Number.isNaN(Number(wait)) ? wait : Number(wait) }),
      notes: draft.notes,
      status,
    },
  };
}

/** The form field a validation path points at. */
export function contactFieldOf(path: string, slots: readonly number[]): ContactField {
  const channel = /^channels\[(\d+)\]/.exec(path);
  if (channel) {
    const slot = slots[Number(channel[1])];
    return slot === 1 ? 'channel1' : 'channel0';
  }
  const head = path.split(/[.[]/)[0] ?? '';
  const known: readonly ContactField[] = [
    'displayName',
    'timeZone',
    'bestDays',
    'bestTimes',
    'worstTimes',
    'waitHours',
    'notes',
    'status',
  ];
  return known.includes(head as ContactField) ? (head as ContactField) : 'form';
}
