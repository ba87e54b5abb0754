/**
 * Decides what an incoming message means for a tracked follow-up: a human reply (clears the plan),
 * an automatic reply (pauses it until the return date), a bounce or a "has left the company" notice
 * (the contact moved on), or nothing to do with it. Every verdict carries a reason the user reads.
 *
 * Precedence (first rule that applies wins):
 * 1. Delivery reports (replyDeliveryReport). A failure for a tracked recipient, or one that names
 *    no recipient but belongs to the tracked thread or mentions a tracked address → `bounce`; a
 *    failure for someone else, a delay, a delivery or read receipt → `unrelated`.
 * 2. A sender that is not a tracked recipient, not at a tracked recipient's organisation (public
 *    mail domains never count), not under a tracked recipient's full name, and a message outside
 *    the tracked thread → `unrelated`.
 * 3. Moved on → `movedOn`: an automatic message saying the tracked person left or the mailbox is
 *    dead (from the tracked address, or naming the person); a tracked recipient writing that they
 *    left; a colleague writing that the tracked person (named) left.
 * 4. Automatic (replyAutomation) from a tracked recipient → `autoReply` with the return date;
 *    automatic from anyone else (a colleague's or a Cc's out-of-office) → `unrelated`.
 * 5. Mass mail (list/bulk headers) outside the tracked thread, or a machine address
 *    (noreply@, newsletter@) that is not tracked → `unrelated`.
 * 6. Otherwise → `human`. Words only count in the new text: a reply quoting an auto-reply, or
 *    saying "I was out of office last week", is human.
 */
import { addressLocalPart, addressNormalize, isMachineAddress } from './mailAddress';
import { replyAutomation } from './replyAutoSignals';
import { replyDeliveryReport, type DeliveryReport } from './replyDeliveryReport';
import { replyFreshText } from './replyFreshText';
import { replyMovedOn, type MovedOnStatement } from './replyMovedOn';
import { replyRelation, type ReplyContext, type ReplyRelation } from './replyRelation';
import { returnDateExtract } from './returnDateExtract';
import { textFold } from './textFold';
import type { IncomingMessage, ReplyClassification, ReplyKind, TrackedRecipient } from './types';

export type { ReplyContext } from './replyRelation';

function verdict(kind: ReplyKind, reason: string, returnDate: string | null = null): ReplyClassification {
  return { kind, returnDate, reason };
}

function trackedAddresses(context: ReplyContext): Set<string> {
  return new Set(context.recipients.map((recipient) => addressNormalize(recipient.email)).filter(Boolean));
}

function deliveryVerdict(
  report: DeliveryReport,
  message: IncomingMessage,
  context: ReplyContext,
  relation: ReplyRelation,
): ReplyClassification {
  const source = report.evidence;
  const tracked = trackedAddresses(context);
  if (report.outcome === 'read')
    return verdict('unrelated', `read receipt (${source}): the message was opened, not answered`);
  if (report.outcome === 'delivered')
    return verdict('unrelated', `delivery receipt (${source}), not an answer`);
  const about = report.recipients.filter((address) => tracked.has(address));
  if (report.outcome === 'delayed') {
    const who = about[0] ?? report.recipients[0];
    return verdict(
      'unrelated',
      `delivery delayed${who ? ` for ${who}` : ''} (${source}): the mail server is still trying`,
    );
  }
  const detail = report.diagnostic ? `: ${report.diagnostic}` : '';
  if (about.length > 0)
    return verdict('bounce', `delivery failed for ${about.join(', ')} (${source})${detail}`);
  if (report.recipients.length > 0) {
    return verdict(
      'unrelated',
      `delivery failed for ${report.recipients.join(', ')}, not a tracked recipient (${source})`,
    );
  }
  const body = textFold(message.bodyText);
  const mentioned = [...tracked].filter((address) => body.includes(address));
  if (mentioned.length > 0)
    return verdict('bounce', `delivery failed for ${mentioned.join(', ')} (${source})${detail}`);
  const subject = context.subject?.trim();
  if (
    relation.thread ||
    (subject && subject.length >= 4 && textFold(message.subject).includes(textFold(subject)))
  ) {
    const how = relation.thread ?? 'its subject names the tracked message';
    return verdict('bounce', `delivery failed for the tracked message (${source}; ${how})${detail}`);
  }
  return verdict('unrelated', `a delivery failure (${source}) that names no tracked recipient`);
}

/** Whether the words before a statement name the person: name or address parts of three letters or more. */
function names(lead: string, recipient: TrackedRecipient): boolean {
  const words = new Set(lead.match(/\p{L}+/gu) ?? []);
  const parts = [
    ...textFold(recipient.name).split(/[^\p{L}]+/u),
    ...addressLocalPart(recipient.email).split(/[^\p{L}]+/u),
  ];
  return parts.some((part) => part.length >= 3 && words.has(part));
}

/** How an automatic notice refers to the person it answers for ("the person you wrote to is no longer…"). */
const REFERENT =
  /(?:^|[^\p{L}])(?:this person|the person|the recipient|the addressee|the employee|this employee|diese person|der empfänger|die empfängerin|der mitarbeiter|die mitarbeiterin|cette personne|le destinataire|la destinataire|esta persona|el destinatario|la destinataria|questa persona|il destinatario|deze persoon|de ontvanger|deze medewerker|esta pessoa|o destinatário|a destinatária)(?:[^\p{L}]|$)/u;

function movedOnVerdict(
  statements: readonly MovedOnStatement[],
  automatic: boolean,
  relation: ReplyRelation,
  context: ReplyContext,
  from: string,
): ReplyClassification | undefined {
  const fromTracked = relation.sender.kind === 'tracked';
  for (const statement of statements) {
    const named = context.recipients.find((recipient) => names(statement.lead, recipient));
    const aboutWriter =
      statement.who !== 'other' || REFERENT.test(statement.lead) || statement.lead.trim() === '';
    if (automatic && ((fromTracked && aboutWriter) || named)) {
      const whom = fromTracked ? '' : ` about ${named?.email ?? ''}`;
      return verdict('movedOn', `automatic message from ${from}${whom} says "${statement.quote}"`);
    }
    if (!automatic && fromTracked && statement.who !== 'other') {
      return verdict('movedOn', `${from} writes "${statement.quote}"`);
    }
    if (!automatic && !fromTracked && statement.who === 'other' && named) {
      return verdict('movedOn', `${from} writes that ${named.email} left: "${statement.quote}"`);
    }
  }
  return undefined;
}

function humanReason(relation: ReplyRelation, from: string): string {
  const sender = relation.sender;
  const thread = relation.thread ? ` (${relation.thread})` : '';
  switch (sender.kind) {
    case 'tracked':
      return `reply from ${from}, a tracked recipient${thread}`;
    case 'sameOrg':
      return `reply from ${from}, at ${sender.domain} like the tracked recipient ${sender.recipient.email}${thread}`;
    case 'sameName':
      return `reply from ${from}, under the tracked recipient's name "${sender.recipient.name}"${thread}`;
    case 'none':
      return `reply from ${from} in the tracked thread${thread}`;
  }
}

/**
 * Classifies `message` against the tracked follow-up. `timeZone` (the contact's IANA zone, or a
 * fixed offset like "UTC+1"; UTC when unknown) is where a return date's calendar is read.
 */
export function replyClassify(
  message: IncomingMessage,
  context: ReplyContext,
  timeZone: string,
): ReplyClassification {
  const from = addressNormalize(message.from.email) || '(no address)';
  const relation = replyRelation(message, context);
  const report = replyDeliveryReport(message);
  if (report) return deliveryVerdict(report, message, context, relation);
  if (relation.sender.kind === 'none' && relation.thread === undefined) {
    return verdict(
      'unrelated',
      `from ${from}: not a tracked recipient, their organisation or the tracked conversation`,
    );
  }
  const fresh = replyFreshText(message.bodyText);
  const automation = replyAutomation(message, fresh);
  const automatic = automation.autoReply !== undefined;
  const statements = replyMovedOn(`${message.subject.normalize('NFC')}\n${fresh}`);
  const movedOn = movedOnVerdict(statements, automatic, relation, context, from);
  if (movedOn) return movedOn;
  if (automation.autoReply !== undefined) {
    if (relation.sender.kind !== 'tracked') {
      return verdict(
        'unrelated',
        `automatic reply from ${from}, who is not a tracked recipient (${automation.autoReply})`,
      );
    }
    const found = returnDateExtract(`${message.subject}\n${fresh}`, message.receivedAt, timeZone);
    const when = found.date
      ? `back on ${found.date} ("${found.quote ?? ''}")`
      : `no return date${found.note ? `: ${found.note}` : ' given'}`;
    return verdict('autoReply', `${automation.autoReply}; ${when}`, found.date);
  }
  if (automation.bulk !== undefined && relation.thread === undefined) {
    return verdict('unrelated', `mass mail from ${from} (${automation.bulk}), not a reply`);
  }
  if (relation.sender.kind !== 'tracked' && isMachineAddress(from)) {
    return verdict('unrelated', `sent from a machine address (${from}), not a person`);
  }
  return verdict('human', humanReason(relation, from));
}
