/**
 * Out of office before sending: MailTips tells whether a recipient's automatic replies are on
 * (Graph getMailTips, automaticReplies). For each one away, the contact's profile is marked away until
 * their return (the scheduled end, else a date their message gives, else the default pause), so the
 * plan made at send starts after they are back (the planner holds steps until an away contact returns).
 */
import { DateTime } from 'luxon';
import { profileFor } from '../app/planPreview';
import { htmlText } from '../domain/coach/htmlText';
import { returnDateExtract } from '../domain/returnDateExtract';
import type { Instant, LocalDate, TrackedRecipient } from '../domain/types';
import type { GraphPort } from '../ports';
import type { Store } from '../storage/store';

export interface AwayRecipient {
  readonly email: string;
  readonly name: string;
  /** The day they are back (in their zone), as the profile now says. */
  readonly until: LocalDate;
  /** Their automatic reply, as text (shown to the user). */
  readonly message: string;
  /** Where `until` came from. */
  readonly source: 'scheduled' | 'message' | 'default';
}

interface MailTip {
  readonly emailAddress?: { readonly address?: string };
  readonly automaticReplies?: {
    readonly message?: string;
    readonly scheduledEndTime?: { readonly dateTime?: string; readonly timeZone?: string };
  };
}

/** Graph's MailTips limit per request. */
const MAILTIPS_MAX = 100;

function endOf(tip: MailTip, zone: string): LocalDate | null {
  const end = tip.automaticReplies?.scheduledEndTime;
  if (!end?.dateTime) return null;
  // MailTips answers in UTC unless asked otherwise; a zone other than UTC is read as UTC too.
  const at = DateTime.fromISO(end.dateTime, { zone: 'utc' });
  return at.isValid ? at.setZone(zone).toISODate() : null;
}

/** Asks MailTips about `recipients` and marks the ones away in their profiles. */
export async function recipientsAway(
  deps: { readonly store: Store; readonly graph: GraphPort },
  recipients: readonly TrackedRecipient[],
  now: Instant,
): Promise<AwayRecipient[]> {
  const wanted = recipients.slice(0, MAILTIPS_MAX);
  if (wanted.length === 0) return [];
  const answer = await deps.graph.send<{ value?: MailTip[] }>({
    method: 'POST',
    url: '/me/getMailTips',
    body: { EmailAddresses: wanted.map((r) => r.email), MailTipsOptions: 'automaticReplies' },
  });
  const settings = deps.store.settings();
  const away: AwayRecipient[] = [];
  for (const tip of answer.value ?? []) {
    const address = (tip.emailAddress?.address ?? '').toLowerCase();
    const recipient = wanted.find((r) => r.email.toLowerCase() === address);
    const raw = tip.automaticReplies?.message ?? '';
    if (!recipient || raw.trim() === '') continue;
    const message = htmlText(raw).text.trim() || raw.trim();
    const { profile } = profileFor(recipient, (e) => deps.store.profile(e), settings);
    const scheduled = endOf(tip, profile.timeZone);
    const stated = scheduled ? null : returnDateExtract(message, now, profile.timeZone).date;
    const fallback = DateTime.fromMillis(now, { zone: profile.timeZone })
      .plus({ days: settings.defaultPauseDays })
      .toISODate();
    const until = scheduled ?? stated ?? fallback ?? '';
    if (!until) continue;
    const source = scheduled ? 'scheduled' : stated ? 'message' : 'default';
    if (profile.status.kind !== 'movedOn')
      deps.store.upsertProfile({ ...profile, status: { kind: 'away', until } });
    away.push({
      email: recipient.email,
      name: recipient.name,
      until,
      message: message.slice(0, 300),
      source,
    });
  }
  return away;
}
