import { Body1, Caption1, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ComposeType } from '../../shared/domain/coach/coachTypes';
import type { ContactProfile } from '../../shared/domain/types';
import type { ComposeItemPort } from '../../shared/ports';
import type { ComposeSnapshotState } from '../compose/useComposeSnapshot';
import { Pill } from '../common/Pill';
import { strings } from '../strings';
import { CallSuggestion } from './CallSuggestion';
import { useCoachStyles } from './CoachPanel.styles';
import { useCoachReport } from './useCoachReport';

export interface CoachPanelProps {
  readonly snapshot: ComposeSnapshotState;
  readonly compose: ComposeItemPort;
  readonly contact: ContactProfile | null;
  readonly callFocus: boolean;
}

const COLORS = { warning: 'danger', suggestion: 'warning', info: 'informative' } as const;

/** The writing coach: findings with their one-line reasons and, for bad news, the call suggestion. */
export default function CoachPanel({ snapshot, compose, contact, callFocus }: CoachPanelProps) {
  const styles = useCoachStyles();
  const [composeType, setComposeType] = useState<ComposeType | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    compose.composeType().then(
      (type) => !cancelled && setComposeType(type),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [compose]);
  const current =
    snapshot.status === 'ready' ? snapshot.snapshot : snapshot.status === 'error' ? snapshot.last : undefined;
  const report = useCoachReport(current, contact, composeType);
  const t = strings.coach;
  if (snapshot.status === 'error' && !current)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t.failed(snapshot.message)}</MessageBarBody>
      </MessageBar>
    );
  if (!report || !current) return <Spinner size="tiny" label={t.analyzing} />;
  const m = report.measures;
  return (
    <div className={styles.root} data-testid="coach-panel">
      <Caption1 className={styles.muted}>
        {t.measures(m.words, m.sentences, m.questions + m.requests)}
      </Caption1>
      {report.findings.length === 0 ? (
        <Body1 data-testid="coach-clean">{t.clean}</Body1>
      ) : (
        <ul className={styles.findings} aria-label={t.findingsLabel}>
          {report.findings.map((finding) => (
            <li key={finding.rule} className={styles.finding} data-rule={finding.rule}>
              <Pill className={styles.badge} color={COLORS[finding.severity]}>
                {t.severity[finding.severity]}
              </Pill>
              <Body1>{finding.reason}</Body1>
            </li>
          ))}
        </ul>
      )}
      {report.call && (
        <CallSuggestion
          call={report.call}
          contact={contact}
          to={current.to}
          subject={current.subject}
          focus={callFocus}
        />
      )}
    </div>
  );
}
