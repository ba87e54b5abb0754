/**
 * Which placeholders each template may use, and what each one means. A template names a placeholder
 * as {name} (see templatesParse for the syntax); a name a template does not list is refused.
 */
import type { TemplateId } from './types';

const PERSON = ['contactName', 'contactFirstName', 'userName'] as const;

export const TEMPLATE_PLACEHOLDERS = {
  reminder1: [...PERSON, 'subject', 'sentDate'],
  reminder2: [...PERSON, 'subject', 'sentDate'],
  switchTask: [
    ...PERSON,
    'subject',
    'sentDate',
    'channel',
    'address',
    'contactTime',
    'contactZone',
    'userTime',
    'userZone',
  ],
  thankYou: [...PERSON, 'subject'],
  callScript: [...PERSON, 'subject', 'issue', 'action', 'resolveDate'],
  callRecap: [...PERSON, 'subject', 'issue', 'action', 'resolveDate'],
  meetingRecap: [...PERSON, 'subject', 'meetingDate', 'nextSteps', 'confirmBy'],
  preferencesRequest: [...PERSON],
  reengage: [...PERSON, 'subject', 'sentDate'],
} as const satisfies Record<TemplateId, readonly string[]>;

export type TemplatePlaceholder<I extends TemplateId> = (typeof TEMPLATE_PLACEHOLDERS)[I][number];

/** A list value renders as a bulleted list when its placeholder stands alone on a line. */
export type TemplateValue = string | readonly string[];

export type TemplateValues<I extends TemplateId> = Readonly<Record<TemplatePlaceholder<I>, TemplateValue>>;

/** What each placeholder stands for (shown next to the template editor). */
export const PLACEHOLDER_HELP: Readonly<Record<string, string>> = {
  contactName: "the contact's full name",
  contactFirstName: "the contact's first name",
  userName: 'your name',
  subject: 'the subject of the tracked email',
  sentDate: 'when the tracked email was sent',
  channel: 'the channel to switch to (phone call, text message…)',
  address: 'the phone number, handle or address for that channel',
  contactTime: "the contact's best time, in their time zone",
  contactZone: "the contact's time zone",
  userTime: 'the same time in your time zone',
  userZone: 'your time zone',
  issue: 'what went wrong, in a few words',
  action: 'what you will do about it',
  resolveDate: 'when it will be resolved',
  meetingDate: 'when the meeting took place',
  nextSteps: 'the agreed next steps (a list)',
  confirmBy: 'the date you would like a confirmation by',
};
