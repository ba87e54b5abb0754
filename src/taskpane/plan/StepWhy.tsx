import { Button, Caption1 } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { followUpStepExplain } from '../../shared/domain/followUpStepExplain';
import type { PlanContext } from '../../shared/domain/followUpReplan';
import { planWindows } from '../../shared/domain/planWindows';
import type { FollowUp } from '../../shared/domain/types';
import { personShortName } from '../../shared/app/appStrings';
import { useFormat } from '../format/useFormat';
import { strings } from '../strings';
import { stepExplainLines } from './stepExplainLines';
import { useTimelineStyles } from './PlanTimeline.styles';

/** "Why this time?": a disclosure with the core's explanation of step `index`, in the pane's words. */
export function StepWhy({
  followUp,
  index,
  names,
  context,
}: {
  followUp: FollowUp;
  index: number;
  names: readonly string[];
  context: PlanContext;
}) {
  const styles = useTimelineStyles();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const id = useId();
  const explanation = followUpStepExplain(followUp, index, context);
  if (!explanation) return null;
  const lines = stepExplainLines(fmt, explanation, planWindows(context.contact, context.user), {
    anchor: index > 0 ? (names[index - 1] ?? '') : strings.plan.anchorSent,
    contact: personShortName(context.contact.displayName, context.contact.email),
  });
  return (
    <>
      <Button
        className={styles.whyButton}
        appearance="transparent"
        size="small"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? strings.plan.whyHide : strings.plan.whyShow}
      </Button>
      <ul id={id} className={styles.why} hidden={!open} data-testid="step-why">
        {lines.map((line) => (
          <li key={line}>
            <Caption1>{line}</Caption1>
          </li>
        ))}
      </ul>
    </>
  );
}
