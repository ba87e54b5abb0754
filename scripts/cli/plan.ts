/**
 * `npm run --silent cli -- plan <scenario.json>`: plans a follow-up ladder for a scenario
 * (docs/formats/plan-scenario.md) and prints its steps, with due times as ISO 8601 in the contact's
 * zone (and the user's), why each step sits where it does, the warnings, and the re-engagement step
 * that would be offered if nobody answers.
 */
import { DateTime } from 'luxon';
import { ok } from '../../src/shared/result';
import { contactResumeAt } from '../../src/shared/domain/contactResume';
import { followUpCreate } from '../../src/shared/domain/followUpCreate';
import { followUpStepDone } from '../../src/shared/domain/followUpStepAction';
import { ladderPlan, stepLabels } from '../../src/shared/domain/ladderPlan';
import { ladderWaits } from '../../src/shared/domain/ladderWaits';
import { contactLabel } from '../../src/shared/domain/planWarning';
import { planScenarioDecode, type PlanScenario } from '../../src/shared/domain/planScenario';
import { planWindows } from '../../src/shared/domain/planWindows';
import { stepChannels } from '../../src/shared/domain/stepChannels';
import { stepExplain } from '../../src/shared/domain/stepExplain';
import { stepExplainText } from '../../src/shared/domain/stepExplainText';
import type { FollowUp, Instant, Step } from '../../src/shared/domain/types';
import type { CliCommand } from './cliCommand';

function iso(at: Instant, zone: string): string {
  return (
    DateTime.fromMillis(at, { zone }).toISO({ suppressMilliseconds: true }) ?? new Date(at).toISOString()
  );
}

/** What happens if nobody answers and the user does every step when it is due. */
function ifNoAnswer(scenario: PlanScenario, steps: readonly Step[]): unknown {
  const context = {
    contact: scenario.contact,
    user: scenario.user,
    reengageAfterDays: scenario.reengageAfterDays,
  };
  const created = followUpCreate(
    {
      id: 'cli',
      subject: '',
      recipients: [{ email: scenario.contact.email, name: '' }],
      sentAt: scenario.sentAt,
      ladder: scenario.ladder,
    },
    context,
  );
  if (!created.ok || steps.length === 0) return null;
  let followUp: FollowUp = created.value.followUp;
  for (let index = 0; index < steps.length; index += 1) {
    const step = followUp.steps[index];
    if (!step) break;
    const done = followUpStepDone(followUp, index, step.dueAt, context);
    if (!done.ok) return null;
    followUp = done.value.followUp;
  }
  const reengage = followUp.steps.find((step) => step.kind === 'reengage');
  return {
    state: followUp.state,
    reengage: reengage
      ? {
          kind: reengage.kind,
          channel: reengage.channel,
          dueAt: iso(reengage.dueAt, scenario.contact.timeZone),
        }
      : null,
  };
}

export const command: CliCommand = (input) => {
  const decoded = planScenarioDecode(input);
  if (!decoded.ok) return decoded;
  const scenario = decoded.value;
  const { contact, user } = scenario;
  const plan = ladderPlan(scenario);
  const windows = planWindows(contact, user);
  const waits = ladderWaits(scenario.ladder, contact);
  const channels = stepChannels(contact, plan.steps.length);
  const labels = stepLabels(plan.steps);
  const resumeAt = contactResumeAt(contact);
  const notBefore = resumeAt !== null && resumeAt > scenario.sentAt ? resumeAt : null;
  const steps = plan.steps.map((step, index) => {
    const anchorAt = index === 0 ? scenario.sentAt : (plan.steps[index - 1] as Step).dueAt;
    const explanation = stepExplain({ step, anchorAt, waitHours: waits[index] ?? 0, notBefore, windows });
    const address = channels.steps[index]?.address;
    return {
      kind: step.kind,
      channel: step.channel,
      ...(address !== undefined && { address }),
      dueAt: iso(step.dueAt, contact.timeZone),
      dueAtUser: iso(step.dueAt, user.timeZone),
      relaxed: step.relaxed,
      why: stepExplainText(explanation, windows, {
        step: labels[index] ?? `Step ${index + 1}`,
        anchor: index === 0 ? 'sending' : (labels[index - 1] ?? 'the previous step').toLowerCase(),
        contact: contactLabel(contact),
        holdBack: `${contactLabel(contact)} is back`,
      }),
    };
  });
  return ok({
    steps,
    warnings: plan.warnings.map((warning) => warning.message),
    ifNoAnswer: ifNoAnswer(scenario, plan.steps),
  });
};
