/**
 * `npm run --silent cli -- classify <message.json>`: classifies one incoming message against a tracked
 * follow-up and prints { "kind", "returnDate", "reason" }. Input shape: docs/formats/classify-message.md.
 */
import { classifyMessageDecode } from '../../src/shared/domain/classifyMessageDecode';
import { replyClassify } from '../../src/shared/domain/replyClassify';
import { ok } from '../../src/shared/result';
import type { CliCommand } from './cliCommand';

export const command: CliCommand = (input) => {
  const decoded = classifyMessageDecode(input);
  if (!decoded.ok) return decoded;
  const { message, followUp, timeZone } = decoded.value;
  const { kind, returnDate, reason } = replyClassify(message, followUp, timeZone);
  return ok({ kind, returnDate, reason });
};
