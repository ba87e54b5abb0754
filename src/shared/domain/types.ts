/**
 * ReachPlan's domain vocabulary: the shapes every part shares (core, storage, commands, task pane).
 * Pure data: no classes, no Office, no luxon objects. Times are instants in epoch milliseconds (UTC);
 * local calendar dates are ISO strings. Extend by adding fields; renaming one touches every layer.
 */

/** An instant: milliseconds since 1970-01-01T00:00:00Z. */
export type Instant = number;

/** A calendar date in some zone, "YYYY-MM-DD". */
export type LocalDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** How a contact can be reached, in the product's words (product.md). */
export const CHANNELS = [
  'email',
  'phone',
  'sms',
  'chat',
  'linkedin',
  'social',
  'video',
  'in-person',
  'letter',
  'fax',
] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * A daily time range in some zone, in minutes after midnight: 0 ≤ start < 1440, 0 < end ≤ 1440.
 * end ≤ start means the range crosses midnight (22:00–02:00 is { start: 1320, end: 120 }).
 * start === end is invalid (use 0–1440 for "all day").
 */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/** The presets the product names: "before 8", "8–5", "after 5". */
export const TIME_PRESETS = {
  before8: { start: 0, end: 8 * 60 },
  workday: { start: 8 * 60, end: 17 * 60 },
  after5: { start: 17 * 60, end: 24 * 60 },
} as const satisfies Record<string, TimeRange>;

/** One of a contact's channels, ranked by its position in ContactProfile.channels. */
export interface ContactChannel {
  readonly kind: Channel;
  /** Phone number (E.164 once validated), handle, profile URL, postal address… */
  readonly address?: string;
}

export type ContactStatus =
  | { readonly kind: 'active' }
  /** Out of office; back on `until` (a date in the contact's zone). */
  | { readonly kind: 'away'; readonly until: LocalDate }
  /** Left the role or the company (bounce, "no longer with"): do not chase. */
  | { readonly kind: 'movedOn'; readonly since: Instant; readonly note?: string };

/** How and when one contact likes to be reached. Keyed by email address (lower case). */
export interface ContactProfile {
  readonly email: string;
  readonly displayName: string;
  /** Ranked: #1 first. Email need not be listed; it is always possible for a contact keyed by email. */
  readonly channels: readonly ContactChannel[];
  /** IANA zone, e.g. "America/New_York". */
  readonly timeZone: string;
  /** Never empty once validated. */
  readonly bestDays: readonly Weekday[];
  /** Empty = no preference (any time of a best day). */
  readonly bestTimes: readonly TimeRange[];
  readonly worstTimes: readonly TimeRange[];
  /** Hours to wait before another attempt; overrides the ladder's waits when set. */
  readonly waitHours?: number;
  readonly notes: string;
  readonly status: ContactStatus;
}

/** The user's own working pattern (their zone). */
export interface UserSchedule {
  readonly timeZone: string;
  readonly workingDays: readonly Weekday[];
  readonly workingHours: readonly TimeRange[];
}

/**
 * Which ladder a follow-up uses. "prompt": +48 h, +72 h, then the switch; "relaxed": +4 days,
 * +7 days, then the switch; custom: one wait (hours) per step, measured from the previous step.
 */
export type LadderChoice = 'prompt' | 'relaxed' | { readonly waitsHours: readonly number[] };

export type StepKind = 'reminder' | 'switch' | 'reengage';
export type StepStatus = 'planned' | 'done' | 'skipped';

/** A constraint the planner had to drop to place a step (documented order in the planner). */
export type Relaxation = 'userHours' | 'userDays' | 'bestTimes' | 'bestDays' | 'worstTimes';

/** One rung of the ladder. */
export interface Step {
  readonly kind: StepKind;
  readonly channel: Channel;
  readonly dueAt: Instant;
  readonly status: StepStatus;
  /** When it was done or skipped. */
  readonly doneAt?: Instant;
  /** For calls/texts: what happened ("left voicemail", "talked: answer by Friday"). */
  readonly outcome?: string;
  /** Constraints dropped to place it (empty when it sits inside every window). */
  readonly relaxed: readonly Relaxation[];
  /** Until when the user snoozed it (dueAt already moved; kept for the history view). */
  readonly snoozedUntil?: Instant;
}

/**
 * waiting: steps ahead; paused: an auto-reply said the contact is away (resumes after pausedUntil);
 * replied: a human answered (the plan cleared itself); noAnswer: the ladder ran out;
 * stopped: the user stopped tracking; done: the user closed it after the last step.
 */
export type FollowUpState = 'waiting' | 'paused' | 'replied' | 'noAnswer' | 'stopped' | 'done';

export type HistoryKind =
  | 'flagged'
  | 'sent'
  | 'planned'
  | 'replanned'
  | 'drafted'
  | 'stepDone'
  | 'stepSkipped'
  | 'snoozed'
  | 'called'
  | 'texted'
  | 'reply'
  | 'autoReply'
  | 'bounce'
  | 'movedOn'
  | 'paused'
  | 'resumed'
  | 'noAnswer'
  | 'stopped'
  | 'done'
  | 'recovered';

/** A short, human-readable trace of what happened and why (kept small: storage trims the oldest). */
export interface HistoryEntry {
  readonly at: Instant;
  readonly kind: HistoryKind;
  /** Why or how, e.g. "reply from a.b@contoso.example (same domain)", "found by sweep". */
  readonly note?: string;
}

/** Who the follow-up waits on. Usually one person: the rule for picking them lives in the core. */
export interface TrackedRecipient {
  readonly email: string;
  readonly name: string;
}

/** Everything ReachPlan knows about one flagged message. */
export interface FollowUp {
  /** Random token stamped into the message's custom properties at flag time; identifies it across compose, send and the sent copy. */
  readonly id: string;
  /** Shortened subject (storage states the limit). */
  readonly subject: string;
  readonly recipients: readonly TrackedRecipient[];
  readonly sentAt: Instant;
  /** Known once the message is saved/sent; may change when a reply's subject is edited. */
  readonly conversationId?: string;
  /**
   * Short hash of conversationId (storage's idKey): what roaming settings keep, since the full id is
   * long. Compare with idKey(incoming.conversationId). Set by the store when conversationId is known.
   */
  readonly conversationKey?: string;
  readonly internetMessageId?: string;
  /** Short hash of internetMessageId (idKey), to match a reply's In-Reply-To/References. */
  readonly messageKey?: string;
  /** The sent copy's item id when known (to open it, to draft a reply-all on it). */
  readonly sentItemId?: string;
  readonly ladder: LadderChoice;
  readonly steps: readonly Step[];
  readonly state: FollowUpState;
  /** While paused: the instant the plan resumes. */
  readonly pausedUntil?: Instant;
  readonly history: readonly HistoryEntry[];
}

/** Template ids (wording is ours; users may override each). */
export const TEMPLATE_IDS = [
  'reminder1',
  'reminder2',
  'switchTask',
  'thankYou',
  'callScript',
  'callRecap',
  'meetingRecap',
  'preferencesRequest',
  'reengage',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Everything the user sets (roams with the mailbox). */
export interface Settings {
  readonly user: UserSchedule;
  readonly defaultLadder: LadderChoice;
  /** Days after "no answer" to offer the re-engagement step (default 30). */
  readonly reengageAfterDays: number;
  /** Pause length when an auto-reply gives no return date (days). */
  readonly defaultPauseDays: number;
  /** Days a finished follow-up stays in roaming settings before compaction may drop it. */
  readonly retentionDays: number;
  /** Offer tracking at send for unflagged messages that ask something (off by default). */
  readonly offerTracking: boolean;
  /** Smart Alert suggesting a call when a message reads as bad news (on by default). */
  readonly badNewsAlert: boolean;
  /** Connected mode (Microsoft Graph) switched on by the user. */
  readonly connected: boolean;
  /** User-edited template texts; missing ids use the built-in wording. */
  readonly templates: Readonly<Partial<Record<TemplateId, string>>>;
}

/** An incoming message as the classifier sees it (from office.js read mode or Graph). */
export interface IncomingMessage {
  readonly from: { readonly email: string; readonly name?: string };
  readonly subject: string;
  /** Header names in lower case; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
  readonly receivedAt: Instant;
  readonly conversationId?: string;
  /** Exchange message class when known, e.g. "IPM.Note.Rules.OofTemplate.Microsoft". */
  readonly messageClass?: string;
}

export type ReplyKind = 'human' | 'autoReply' | 'bounce' | 'movedOn' | 'unrelated';

export interface ReplyClassification {
  readonly kind: ReplyKind;
  /** For auto-replies: the return date the text gives, resolved against receivedAt. */
  readonly returnDate: LocalDate | null;
  /** Human-readable: why this verdict (shown to the user). */
  readonly reason: string;
}
