import { Button, Caption1, mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import type { DueEntry as Entry } from '../../shared/app/dueGroups';
import { formsOpen } from '../../shared/app/formsOpen';
import { planContextOf } from '../../shared/app/planContextOf';
import { Pill } from '../common/Pill';
import { ChannelIcon } from '../common/ChannelIcon';
import { useFormat } from '../format/useFormat';
import { FeedbackBar } from '../plan/FeedbackBar';
import { FollowUpActions } from '../plan/FollowUpActions';
import { StepActions } from '../plan/StepActions';
import { stepNames } from '../plan/stepNames';
import { useAction } from '../plan/useAction';
import { useServices } from '../services/servicesContext';
import { fail } from '../../shared/result';
import { strings } from '../strings';
import { useDueStyles } from './DueList.styles';

/** One follow-up's next step in the due list, with the same actions as its plan, and "open the message". */
export function DueEntry({ entry, now }: { entry: Entry; now: number }) {
  const services = useServices();
  const styles = useDueStyles();
  const fmt = useFormat();
  const runner = useAction();
  const [more, setMore] = useState(false);
  const { followUp, step, stepIndex } = entry;
  const zone = services.store.settings().user.timeZone;
  const name = step ? (stepNames(followUp.steps)[stepIndex] ?? '') : '';
  const who = followUp.recipients.map((r) => r.name || r.email).join(', ');
  const context = planContextOf(services.store, followUp);
  const open = () =>
    void runner
      .run(
        () => {
          const itemId = services.sentCopies.get(followUp.id)?.itemId;
          if (!itemId) return fail(strings.actions.openFailedNoId);
          return formsOpen('message', () => services.forms.openItem(itemId));
        },
        () => '',
      )
      .then((ok) => ok && runner.clear());
  const when =
    followUp.state === 'paused'
      ? strings.due.resumes(fmt.dateTime(entry.at, zone))
      : fmt.dateTime(entry.at, zone);
  return (
    <li
      className={mergeClasses(styles.entry, entry.due && styles.entryDue)}
      data-testid="due-entry"
      data-id={followUp.id}
    >
      <h4 className={styles.groupHeading}>
        <Button
          className={styles.title}
          appearance="transparent"
          onClick={open}
          title={strings.actions.openMessage}
        >
          {followUp.subject || strings.thisMessage.noSubject}
        </Button>
      </h4>
      <Caption1 className={styles.meta}>
        <span>{strings.due.to(who)}</span>
        {step && (
          <span>
            <ChannelIcon channel={step.channel} /> {name} · {strings.channels[step.channel]}
          </span>
        )}
      </Caption1>
      <div className={styles.meta}>
        <Pill color={entry.due ? 'danger' : followUp.state === 'paused' ? 'warning' : 'informative'}>
          {when}
        </Pill>
        {entry.due && <Caption1>{fmt.relative(entry.at, now)}</Caption1>}
      </div>
      <FeedbackBar feedback={runner.feedback} onDismiss={runner.clear} />
      {step && followUp.state !== 'paused' && (
        <StepActions
          followUp={followUp}
          index={stepIndex}
          item={null}
          now={now}
          runner={runner}
          profile={context.contact}
          name={name}
        />
      )}
      <div className={styles.buttons}>
        <Button size="small" appearance="subtle" onClick={open}>
          {strings.actions.openMessage}
        </Button>
        <Button size="small" appearance="subtle" aria-expanded={more} onClick={() => setMore((m) => !m)}>
          {more ? strings.due.lessActions : strings.due.moreActions}
        </Button>
      </div>
      {more && <FollowUpActions followUp={followUp} item={null} now={now} runner={runner} />}
    </li>
  );
}
