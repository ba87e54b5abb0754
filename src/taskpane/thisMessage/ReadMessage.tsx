import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { personShortName } from '../../shared/app/appStrings';
import type { AnswerResult } from '../../shared/app/itemOpen';
import type { ItemSummary } from '../../shared/ports';
import { useFormat } from '../format/useFormat';
import { FeedbackBar } from '../plan/FeedbackBar';
import { lazyView } from '../common/lazyView';
import { loadDraftActions } from '../plan/loadDraftActions';
import type { FollowUpViewProps } from '../plan/FollowUpView';
import { PlanGlance } from '../plan/PlanGlance';
import { useAction } from '../plan/useAction';
import { useServices } from '../services/servicesContext';
import { useItemOpen } from '../services/CurrentItemProvider';
import { useRecordedFollowUp } from '../services/useRecordedFollowUp';
import { useSettings } from '../services/useStore';
import { strings } from '../strings';

/** The full plan (actions, explanations, contact cards): the plan's chunk, fetched with the first paint. */
const FollowUpView = lazyView<FollowUpViewProps>(
  () => import('../plan/FollowUpView').then((m) => ({ default: m.FollowUpView })),
  { eager: true },
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
  },
  heading: { margin: 0, overflowWrap: 'anywhere' },
});

const same = (a: string | undefined, b: string) => !!a && a.trim().toLowerCase() === b.trim().toLowerCase();

/** What a reply, an automatic reply or a bounce did to a follow-up, with the classifier's reason. */
function AnswerNotice({ result }: { result: AnswerResult }) {
  const fmt = useFormat();
  const settings = useSettings();
  const t = strings.thisMessage;
  const first = result.followUp.recipients[0];
  const who = first ? personShortName(first.name, first.email) : '';
  let text: string;
  let intent: 'success' | 'warning' | 'info' = 'info';
  switch (result.applied) {
    case 'cleared':
      text = t.answerCleared(who);
      intent = 'success';
      break;
    case 'paused':
      text = t.answerPaused(who, fmt.dateTime(result.followUp.pausedUntil ?? 0, settings.user.timeZone));
      intent = 'warning';
      break;
    case 'stopped':
      text = t.answerStopped(who);
      intent = 'warning';
      break;
    default:
      text = t.answerUnchanged;
  }
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="answer-notice" data-applied={result.applied}>
      <MessageBarBody>
        {text} {t.why(result.classification.reason)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A message in read mode: its follow-up, what an answer did, or the offer to track a sent message. */
export function ReadMessage({ item, onShowDue }: { item: ItemSummary; onShowDue: () => void }) {
  const services = useServices();
  const styles = useStyles();
  const { outcome, retry } = useItemOpen(item);
  const recorded = useRecordedFollowUp(item);
  const runner = useAction();
  const [trackedId, setTrackedId] = useState<string | null>(null);
  const t = strings.thisMessage;
  // First paint on a tracked message: its plan from the message's own record, while the rest loads.
  if (!outcome)
    return recorded ? <PlanGlance followUp={recorded} /> : <Spinner size="tiny" label={t.checking} />;
  const problem = outcome.problem ? (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t.problem(outcome.problem)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={retry}>
          {strings.retry}
        </Button>
      </MessageBarActions>
    </MessageBar>
  ) : null;
  if (outcome.kind === 'sent' || trackedId)
    return (
      <div className={styles.root}>
        {problem}
        <FeedbackBar feedback={runner.feedback} onDismiss={runner.clear} />
        <FollowUpView
          id={trackedId ?? (outcome.kind === 'sent' ? outcome.followUp.id : '')}
          item={item}
          firstUseful
        />
      </div>
    );
  if (outcome.kind === 'answers') {
    const shown = outcome.results.filter((r) => r.applied !== 'unrelated');
    return (
      <div className={styles.root}>
        {problem}
        {shown.length === 0 && <Body1 data-first-useful>{t.notOwn}</Body1>}
        {shown.map((result, index) => (
          <div key={result.followUp.id} className={styles.root}>
            <AnswerNotice result={result} />
            <FollowUpView id={result.followUp.id} item={item} firstUseful={index === 0} />
          </div>
        ))}
      </div>
    );
  }
  const own = same(item.from?.emailAddress, services.user.email);
  return (
    <div className={styles.root}>
      {problem}
      <section className={styles.card} aria-labelledby="untracked-heading" data-first-useful>
        <Subtitle2 as="h2" id="untracked-heading" className={styles.heading}>
          {item.subject || t.noSubject}
        </Subtitle2>
        <Body1>{own ? t.notTracked : t.notOwn}</Body1>
        <Body1>{own ? t.notTrackedHelp : t.notOwnHelp}</Body1>
        {own ? (
          <Button
            appearance="primary"
            disabled={runner.busy}
            onClick={() =>
              void runner.run(
                async () => {
                  const { sentTrack } = await loadDraftActions();
                  const result = await sentTrack(
                    {
                      store: services.store,
                      props: services.itemServices().props,
                      random: services.random,
                      userEmail: services.user.email,
                      sentCopies: services.sentCopies,
                    },
                    item,
                    services.clock.now(),
                  );
                  if (result.ok) setTrackedId(result.value.followUp.id);
                  return result;
                },
                (value) => (value.recordProblem ? t.recordProblem(value.recordProblem) : t.tracked),
              )
            }
          >
            {runner.busy ? t.tracking : t.track}
          </Button>
        ) : (
          <Button onClick={onShowDue}>{t.seeDue}</Button>
        )}
        <FeedbackBar feedback={runner.feedback} onDismiss={runner.clear} />
      </section>
    </div>
  );
}
