import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { FollowUp, HistoryKind } from '../../shared/domain/types';
import { Pill, type PillColor } from '../common/Pill';
import { useFormat } from '../format/useFormat';
import { strings } from '../strings';

const useStyles = makeStyles({
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  state: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** The history entries that say why a follow-up ended or paused. */
const REASONS: readonly HistoryKind[] = [
  'reply',
  'autoReply',
  'bounce',
  'movedOn',
  'stopped',
  'paused',
  'noAnswer',
  'done',
];

const COLORS: Readonly<Record<FollowUp['state'], PillColor>> = {
  waiting: 'brand',
  paused: 'warning',
  noAnswer: 'warning',
  replied: 'success',
  stopped: 'informative',
  done: 'informative',
};

/** The follow-up's subject, its state and, once it ended or paused, why (from its history). */
export function FollowUpHeader({
  followUp,
  zone,
  headingId,
}: {
  followUp: FollowUp;
  zone: string;
  headingId: string;
}) {
  const styles = useStyles();
  const fmt = useFormat();
  const who = followUp.recipients.map((r) => r.name || r.email).join(', ');
  const last = [...followUp.history].reverse().find((h) => REASONS.includes(h.kind));
  const text =
    followUp.state === 'paused' && followUp.pausedUntil
      ? strings.plan.pausedUntil(fmt.dateTime(followUp.pausedUntil, zone))
      : strings.states[followUp.state];
  return (
    <div className={styles.head}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {strings.thisMessage.planFor(followUp.subject || strings.thisMessage.noSubject)}
      </Subtitle2>
      <div className={styles.state}>
        <Pill color={COLORS[followUp.state]} data-testid="follow-up-state" data-state={followUp.state}>
          {text}
        </Pill>
        {followUp.state === 'waiting' && <Caption1>{strings.plan.waitingFor(who)}</Caption1>}
      </div>
      {last?.note && followUp.state !== 'waiting' && (
        <Caption1 className={styles.reason} data-testid="follow-up-reason">
          {strings.thisMessage.why(last.note)}
        </Caption1>
      )}
    </div>
  );
}
