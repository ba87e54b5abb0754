import { Body1, Body1Strong, Caption1, mergeClasses } from '@fluentui/react-components';
import { Checkmark12Filled } from '@fluentui/react-icons/svg/checkmark';
import { Subtract12Regular } from '@fluentui/react-icons/svg/subtract';
import type { ReactNode } from 'react';
import type { Step } from '../../shared/domain/types';
import { ChannelIcon } from '../common/ChannelIcon';
import { Pill } from '../common/Pill';
import { zoneCity } from '../format/formatter';
import { useFormat } from '../format/useFormat';
import { strings } from '../strings';
import { stepNames } from './stepNames';
import { useTimelineStyles } from './PlanTimeline.styles';

export interface PlanTimelineProps {
  readonly steps: readonly Step[];
  readonly userZone: string;
  readonly contactZone: string;
  readonly now: number;
  /** Why a planned step sits where it does (the plan's chunk supplies it once loaded). */
  readonly why?: (index: number, names: readonly string[]) => ReactNode;
  /** The actions under a step (given to the next planned step). */
  readonly actions?: (index: number, name: string) => ReactNode;
  /** Marks the list as the pane's first useful content (the load benchmark waits for it). */
  readonly firstUseful?: boolean;
}

/**
 * The ladder as a timeline: each step's name, channel, time on the user's and the contact's clock and
 * status. Display only (no planner): it is the first paint; explanations and actions plug in.
 */
export function PlanTimeline({
  steps,
  userZone,
  contactZone,
  now,
  why,
  actions,
  firstUseful,
}: PlanTimelineProps) {
  const styles = useTimelineStyles();
  const fmt = useFormat();
  const names = stepNames(steps);
  const next = steps.findIndex((s) => s.status === 'planned');
  const mark = firstUseful ? { 'data-first-useful': '' } : {};
  if (steps.length === 0) return <Body1 {...mark}>{strings.plan.noSteps}</Body1>;
  return (
    <ol className={styles.list} aria-label={strings.plan.stepsLabel} data-testid="plan-timeline" {...mark}>
      {steps.map((step, index) => {
        const name = names[index] ?? '';
        const due = step.status === 'planned' && step.dueAt <= now;
        return (
          <li
            key={`${index}-${step.kind}`}
            className={styles.step}
            data-testid="plan-step"
            data-status={step.status}
            data-due={due || undefined}
          >
            <span
              aria-hidden
              className={mergeClasses(
                styles.marker,
                step.status === 'done' && styles.markerDone,
                step.status === 'skipped' && styles.markerSkipped,
                due && styles.markerDue,
              )}
            >
              {step.status === 'done' ? (
                <Checkmark12Filled />
              ) : step.status === 'skipped' ? (
                <Subtract12Regular />
              ) : (
                index + 1
              )}
            </span>
            <h3 className={styles.title}>
              <Body1Strong className={step.status === 'skipped' ? styles.skipped : undefined}>
                {name}
              </Body1Strong>
              <Caption1 className={styles.channel}>
                <ChannelIcon channel={step.channel} />
                {strings.channels[step.channel]}
              </Caption1>
            </h3>
            <div className={styles.body}>
              <div>
                {due ? (
                  <Pill color="danger" data-testid="step-due">
                    {step.dueAt < now - 3_600_000
                      ? strings.plan.overdue(fmt.relative(step.dueAt, now))
                      : strings.plan.dueNow}
                  </Pill>
                ) : (
                  <Pill color={step.status === 'done' ? 'success' : 'informative'}>
                    {step.snoozedUntil !== undefined && step.status === 'planned'
                      ? strings.plan.snoozed
                      : strings.stepStatus[step.status]}
                  </Pill>
                )}
              </div>
              {step.status === 'planned' ? (
                <>
                  <Body1 data-testid="step-user-time">
                    {strings.plan.yourTime(fmt.dateTime(step.dueAt, userZone))}
                  </Body1>
                  {contactZone !== userZone && (
                    <Caption1 className={styles.muted} data-testid="step-contact-time">
                      {strings.plan.theirTime(fmt.dateTime(step.dueAt, contactZone), zoneCity(contactZone))}
                    </Caption1>
                  )}
                  {why?.(index, names)}
                </>
              ) : (
                <Caption1 className={styles.muted}>
                  {step.status === 'done'
                    ? strings.plan.doneAt(fmt.dateTime(step.doneAt ?? step.dueAt, userZone))
                    : strings.plan.skippedAt(fmt.dateTime(step.doneAt ?? step.dueAt, userZone))}
                  {step.outcome ? ` · ${strings.plan.outcome(step.outcome)}` : ''}
                </Caption1>
              )}
              {index === next && actions && <div className={styles.actions}>{actions(index, name)}</div>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
