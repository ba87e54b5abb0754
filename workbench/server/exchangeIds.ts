/**
 * Identifiers shaped like Exchange's: EWS-format item ids and conversation ids (base64, with the "+",
 * "/" and "=" that trip code which puts them in URLs unescaped) and RFC 5322 Message-IDs.
 */
import { randomBytes } from 'node:crypto';

/** A new EWS-format item id (what Office.js returns as itemId in Outlook on the web). */
export function newItemId(): string {
  return `AAMkAD${randomBytes(33).toString('base64')}AAA=`;
}

/** A new conversation id. */
export function newConversationId(): string {
  return `AAQkAD${randomBytes(24).toString('base64')}`;
}

/** A new Message-ID on the sender's domain. */
export function newInternetMessageId(senderEmail: string): string {
  const domain = senderEmail.split('@')[1] ?? 'workbench.localhost';
  return `<${randomBytes(12).toString('hex').toUpperCase()}@${domain}>`;
}
