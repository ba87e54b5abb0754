/**
 * Values for template placeholders that need formatting: channel names in words, and times and dates
 * in a given zone and locale ("Tue 2 Dec, 08:30"). Pure: the instant and zone are parameters.
 */
import { DateTime } from 'luxon';
import type { Channel, Instant } from './types';

const CHANNEL_WORDS: Readonly<Record<Channel, string>> = {
  email: 'email',
  phone: 'phone call',
  sms: 'text message',
  chat: 'chat (Teams, WhatsApp…)',
  linkedin: 'LinkedIn message',
  social: 'social media message',
  video: 'video call',
  'in-person': 'a visit in person',
  letter: 'letter or postcard',
  fax: 'fax',
};

/** The channel in words, for {channel}. */
export function templateChannel(channel: Channel): string {
  return CHANNEL_WORDS[channel];
}

/** A time with its weekday and date, for {contactTime}/{userTime}: "Tue 2 Dec, 08:30". */
export function templateTime(at: Instant, zone: string, locale = 'en-GB'): string {
  return DateTime.fromMillis(at, { zone, locale }).toFormat('ccc d LLL, HH:mm');
}

/** A date, for {sentDate}/{resolveDate}/{meetingDate}/{confirmBy}: "Tuesday 2 December". */
export function templateDate(at: Instant, zone: string, locale = 'en-GB'): string {
  return DateTime.fromMillis(at, { zone, locale }).toFormat('cccc d LLLL');
}
