import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { planContextOf } from '../../shared/app/planContextOf';
import type { ItemSummary } from '../../shared/ports';
import { ContactCard } from '../contact/ContactCard';
import { useServices } from '../services/servicesContext';
import { useNow } from '../services/useNow';
import { useFollowUps, useProfiles, useSettings } from '../services/useStore';
import { strings } from '../strings';
import { FeedbackBar } from './FeedbackBar';
import { FollowUpActions } from './FollowUpActions';
import { FollowUpHeader } from './FollowUpHeader';
import { HistoryList } from './HistoryList';
import { PlanTimeline } from './PlanTimeline';
import { StepActions } from './StepActions';
import { StepWhy } from './StepWhy';
import { useAction } from './useAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface FollowUpViewProps {
  readonly id: string;
  readonly item: ItemSummary | null;
  readonly firstUseful?: boolean;
}

/** One follow-up: its state and why, the ladder with actions and explanations, the history, the contact cards. */
export function FollowUpView({ id, item, firstUseful }: FollowUpViewProps) {
  const services = useServices();
  const styles = useStyles();
  const now = useNow();
  const followUps = useFollowUps();
  const profiles = useProfiles();
  const settings = useSettings();
  const runner = useAction();
  const followUp = followUps.find((f) => f.id === id);
  // The context follows profile and settings changes: a saved profile moves the plan on screen.
  const context = useMemo(
    () => (followUp ? planContextOf(services.store, followUp) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [followUp, profiles, settings, services.store],
  );
  if (!followUp || !context)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{strings.thisMessage.gone}</MessageBarBody>
      </MessageBar>
    );
  const zone = settings.user.timeZone;
  const headingId = `follow-up-${id}`;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="follow-up">
      <FollowUpHeader followUp={followUp} zone={zone} headingId={headingId} />
      <FeedbackBar feedback={runner.feedback} onDismiss={runner.clear} />
      <PlanTimeline
        steps={followUp.steps}
        userZone={zone}
        contactZone={context.contact.timeZone}
        now={now}
        firstUseful={firstUseful}
        why={(index, names) => <StepWhy followUp={followUp} index={index} names={names} context={context} />}
        actions={(index, name) => (
          <StepActions
            followUp={followUp}
            index={index}
            item={item}
            now={now}
            runner={runner}
            profile={context.contact}
            name={name}
          />
        )}
      />
      <FollowUpActions followUp={followUp} item={item} now={now} runner={runner} />
      <HistoryList followUp={followUp} zone={zone} />
      {followUp.recipients.map((recipient) => (
        <ContactCard key={recipient.email} recipient={recipient} />
      ))}
    </section>
  );
}
