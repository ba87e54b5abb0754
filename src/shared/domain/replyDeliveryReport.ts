/**
 * Delivery reports: non-delivery (bounce), delay and delivery notices (RFC 3464 delivery-status,
 * Exchange NDR/DR message classes, mailer-daemon/postmaster senders) and read receipts (RFC 8098
 * disposition-notification, Exchange IPNRN). Reads the machine-readable part when the body text
 * carries it (Final-Recipient, Action, Status, Diagnostic-Code), else the human-readable words.
 */
import { addressLocalPart, addressNormalize } from './mailAddress';
import { headerGet, headerStructured } from './mailHeaders';
import type { IncomingMessage } from './types';
import { textFold } from './textFold';

export type DeliveryOutcome = 'failed' | 'delayed' | 'delivered' | 'read';

export interface DeliveryReport {
  readonly outcome: DeliveryOutcome;
  /** What identified the report ("Content-Type multipart/report; report-type=delivery-status"). */
  readonly evidence: string;
  /** Recipients the report is about (lower case), from the DSN fields or X-Failed-Recipients. */
  readonly recipients: readonly string[];
  /** The SMTP status and diagnostic when given ("5.1.1 550 5.1.1 User unknown"). */
  readonly diagnostic?: string;
}

const REPORT_SENDER =
  /^(?:mailer-daemon|postmaster|mail-daemon|maildaemon|mailerdaemon|microsoftexchange[0-9a-f]{10,})$/;

/** Localized subjects of bounces (Exchange NDR, Postfix, Exim, Gmail, Sendmail). */
const FAILURE_SUBJECT =
  /^(?:undeliverable|undelivered mail|undeliverable mail|delivery status notification \(failure\)|mail delivery failed|delivery failure|returned mail|failure notice|message not delivered|unzustellbar|nicht zustellbar|non remis|non distribuable|no se puede entregar|no entregado|non recapitabile|impossibile recapitare|onbestelbaar|niet bezorgd|não é possível entregar|nao e possivel entregar|não entregue)\b/u;
const DELAY_SUBJECT =
  /^(?:delivery (?:status notification \(delay\)|delayed)|delayed mail|warning: could not send message|verzögert|zustellung verzögert|remise différée|entrega retrasada|consegna ritardata|vertraagde bezorging|entrega atrasada)/u;
const RELAY_SUBJECT =
  /^(?:delivered|relayed|delivery status notification \(success\)|zugestellt|remis|entregado|recapitato|bezorgd)\s*:/u;

interface DsnFields {
  /** Each recipient block: address and action ("failed", "delayed"…). */
  readonly entries: readonly { readonly recipient?: string; readonly action: string }[];
  readonly status?: string;
  readonly diagnostic?: string;
}

function dsnFields(body: string): DsnFields {
  const entries: { recipient?: string; action: string }[] = [];
  let status: string | undefined;
  let code: string | undefined;
  let current: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const field = /^\s*([a-z-]+)\s*:\s*(.*)$/i.exec(line);
    if (!field) continue;
    const name = (field[1] ?? '').toLowerCase();
    const value = (field[2] ?? '').trim();
    if (name === 'final-recipient' || (name === 'original-recipient' && current === undefined)) {
      current = addressNormalize(value.replace(/^[a-z0-9-]+\s*;\s*/i, '').replace(/[<>]/g, ''));
    } else if (name === 'action') {
      entries.push({ recipient: current, action: value.toLowerCase() });
      current = undefined;
    } else if (name === 'status' && status === undefined && /^\d\.\d{1,3}\.\d{1,3}/.test(value)) {
      status = value;
    } else if (name === 'diagnostic-code' && code === undefined) {
      code = value.replace(/^[a-z-]+\s*;\s*/i, '');
    }
  }
  const diagnostic = [status, code].filter(Boolean).join(' ').slice(0, 140) || undefined;
  return { entries, status, diagnostic };
}

function outcomeOf(
  actions: readonly string[],
  foldedSubject: string,
  status: string | undefined,
): DeliveryOutcome {
  if (actions.some((action) => action.startsWith('failed'))) return 'failed';
  if (actions.length > 0 && actions.every((action) => action.startsWith('delayed'))) return 'delayed';
  if (actions.length > 0 && actions.every((action) => /^(?:delivered|relayed|expanded)/.test(action)))
    return 'delivered';
  if (DELAY_SUBJECT.test(foldedSubject) || status?.startsWith('4.')) return 'delayed';
  if (RELAY_SUBJECT.test(foldedSubject)) return 'delivered';
  return 'failed';
}

/** The delivery report the message is, or undefined for any other message. */
export function replyDeliveryReport(message: IncomingMessage): DeliveryReport | undefined {
  const contentType = headerGet(message.headers, 'content-type');
  const structured = contentType === undefined ? undefined : headerStructured(contentType);
  const reportType =
    structured?.value === 'multipart/report' ? (structured.params['report-type'] ?? '').toLowerCase() : '';
  const messageClass = (message.messageClass ?? '').trim();
  const subject = textFold(message.subject.normalize('NFC')).trim();
  const failedHeader = headerGet(message.headers, 'x-failed-recipients');
  const sender = addressLocalPart(message.from.email);

  let evidence: string | undefined;
  let known: DeliveryOutcome | undefined;
  if (reportType === 'disposition-notification' || /^report\.ipm\.note\.ipn(?:rn|nrn)$/i.test(messageClass)) {
    evidence = reportType
      ? 'Content-Type multipart/report; report-type=disposition-notification'
      : `message class ${messageClass}`;
    known = 'read';
  } else if (reportType === 'delivery-status') {
    evidence = 'Content-Type multipart/report; report-type=delivery-status';
  } else if (/^report\.ipm\.note\.ndr$/i.test(messageClass)) {
    evidence = `Exchange non-delivery report (message class ${messageClass})`;
    known = 'failed';
  } else if (/^report\.ipm\.note\.(?:dr|delayed)$/i.test(messageClass)) {
    evidence = `Exchange delivery report (message class ${messageClass})`;
    known = /delayed$/i.test(messageClass) ? 'delayed' : 'delivered';
  } else if (failedHeader !== undefined) {
    evidence = `header X-Failed-Recipients: ${failedHeader}`;
  } else if (REPORT_SENDER.test(sender)) {
    if (
      !FAILURE_SUBJECT.test(subject) &&
      !DELAY_SUBJECT.test(subject) &&
      !/^\s*final-recipient\s*:/im.test(message.bodyText)
    ) {
      return undefined;
    }
    evidence = `sent by ${message.from.email}`;
  } else if (
    FAILURE_SUBJECT.test(subject) &&
    /\b[45]\.\d{1,3}\.\d{1,3}\b/.test(message.bodyText) &&
    /^\s*final-recipient\s*:/im.test(message.bodyText)
  ) {
    evidence = `delivery-status fields in a message titled "${message.subject.trim()}"`;
  } else {
    return undefined;
  }
  if (known === 'read') return { outcome: 'read', evidence, recipients: [] };

  const fields = dsnFields(message.bodyText);
  const headerRecipients = (failedHeader ?? '')
    .split(/[,;\s]+/)
    .map((address) => addressNormalize(address.replace(/[<>]/g, '')))
    .filter((address) => address.includes('@'));
  const outcome =
    known ??
    outcomeOf(
      fields.entries.map((entry) => entry.action),
      subject,
      fields.status,
    );
  const wanted = outcome === 'failed' ? /^failed/ : /./;
  const listed = fields.entries.filter((entry) => wanted.test(entry.action)).map((entry) => entry.recipient);
  const recipients = [...new Set([...headerRecipients, ...listed])].filter(
    (address): address is string => !!address,
  );
  return { outcome, evidence, recipients, diagnostic: fields.diagnostic };
}
