/**
 * MailTips (POST /me/getMailTips, automaticReplies) and mailbox settings (GET /me/mailboxSettings)
 * over the session: contacts' automatic replies come from the Graph state (set through the state
 * API); the mailbox's time zone is the fixture user's, named as Exchange names it (Windows zone).
 */
import { findWindows } from 'windows-iana';
import type { Session } from '../session';
import { badRequest, graphOk, type GraphAnswer, type GraphCall } from './graphAnswer';
import type { GraphState } from './graphState';
import { isRecord } from '../../shared/fixtureFields';

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAILTIPS_MAX = 100;

const utcDateTime = (iso: string) => ({
  dateTime: new Date(Date.parse(iso))
    .toISOString()
    .replace('Z', '')
    .replace(/\.\d{3}$/, '.0000000'),
  timeZone: 'UTC',
});

/** POST /me/getMailTips. */
export function mailTips(state: GraphState, session: Session, call: GraphCall): GraphAnswer {
  const b = call.body;
  if (!isRecord(b)) return badRequest('The request body must be a JSON object.');
  const addresses = b['EmailAddresses'] ?? b['emailAddresses'];
  const options = b['MailTipsOptions'] ?? b['mailTipsOptions'];
  if (!Array.isArray(addresses) || addresses.length === 0 || !addresses.every((a) => typeof a === 'string'))
    return badRequest(
      'EmailAddresses must be a non-empty array of email addresses.',
      'ErrorInvalidParameter',
    );
  if (addresses.length > MAILTIPS_MAX)
    return badRequest(
      `EmailAddresses: at most ${MAILTIPS_MAX} recipients per request.`,
      'ErrorInvalidParameter',
    );
  if (typeof options !== 'string' || options.trim() === '')
    return badRequest('MailTipsOptions is required, e.g. "automaticReplies".', 'ErrorInvalidParameter');
  const wanted = options.split(',').map((o) => o.trim().toLowerCase());
  const now = session.nowMs();
  const value = addresses.map((address) => {
    const tip: Record<string, unknown> = { emailAddress: { name: '', address } };
    if (!ADDRESS.test(address)) {
      tip['error'] = { code: 'ErrorInvalidRecipients', message: 'The recipient is not valid.' };
      return tip;
    }
    if (wanted.includes('automaticreplies')) {
      const replies = state.automaticReplies.get(address.toLowerCase());
      const ended = replies?.scheduledEndTime !== undefined && Date.parse(replies.scheduledEndTime) <= now;
      const notYet =
        replies?.scheduledStartTime !== undefined && Date.parse(replies.scheduledStartTime) > now;
      tip['automaticReplies'] =
        replies && !ended && !notYet
          ? {
              message: replies.message,
              messageLanguage: { locale: 'en-US', displayName: 'English (United States)' },
              ...(replies.scheduledStartTime
                ? { scheduledStartTime: utcDateTime(replies.scheduledStartTime) }
                : {}),
              ...(replies.scheduledEndTime
                ? { scheduledEndTime: utcDateTime(replies.scheduledEndTime) }
                : {}),
            }
          : { message: '' };
    }
    return tip;
  });
  return graphOk({
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.mailTips)',
    value,
  });
}

/** GET /me/mailboxSettings (timeZone and working hours from the fixture user). */
export function mailboxSettings(session: Session, call: GraphCall): GraphAnswer {
  const windows = findWindows(session.user.timeZone)[0];
  const all: Record<string, unknown> = {
    '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#users('me')/mailboxSettings",
    timeZone: windows ?? session.user.timeZone,
    dateFormat: 'dd/MM/yyyy',
    timeFormat: 'HH:mm',
    automaticRepliesSetting: { status: 'disabled', externalAudience: 'all' },
    language: { locale: 'en-US', displayName: 'English (United States)' },
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: windows ?? session.user.timeZone },
    },
  };
  const select = call.query.get('$select');
  if (select === null) return graphOk(all);
  const out: Record<string, unknown> = { '@odata.context': all['@odata.context'] };
  for (const name of select.split(',').map((s) => s.trim())) {
    if (!(name in all))
      return badRequest(
        `Could not find a property named '${name}' on type 'microsoft.graph.mailboxSettings'.`,
      );
    out[name] = all[name];
  }
  return graphOk(out);
}
