/**
 * `npm run --silent cli -- coach <message.json>`: the writing coach over one message.
 * In: { subject, to, cc?, body, bodyFormat?, composeType?, contact? } (docs/formats/coach-message.md).
 * Out: { findings: [{ rule, severity, reason }], call? } — call only when the message reads as bad news.
 */
import { ok } from '../../src/shared/result';
import { coachAnalyze } from '../../src/shared/domain/coach/coachAnalyze';
import { coachInputDecode } from '../../src/shared/domain/coach/coachInputDecode';
import type { CliCommand } from './cliCommand';

export const command: CliCommand = (input) => {
  const decoded = coachInputDecode(input);
  if (!decoded.ok) return decoded;
  const { message, contact } = decoded.value;
  const report = coachAnalyze(message, { contact });
  const findings = report.findings.map(({ rule, severity, reason }) => ({ rule, severity, reason }));
  const call = report.call;
  if (!call) return ok({ findings });
  return ok({
    findings,
    call: {
      about: call.label,
      contact: call.contact && {
        name: call.contact.displayName,
        email: call.contact.email,
        phone: call.contact.phone,
        bestTime: call.contact.bestTime,
        avoid: call.contact.avoid,
      },
      scriptTemplate: call.scriptTemplate,
      recapTemplate: call.recapTemplate,
    },
  });
};
