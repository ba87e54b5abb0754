/**
 * Connected mode in Settings: the switch (roams with the mailbox), sign-in status on this device,
 * the last check for replies with what it found, and "Rebuild from mailbox" with its result. Every
 * failure is shown in words; nothing here is rendered as HTML.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
} from '@fluentui/react-components';
import { useState } from 'react';
import { localTimeFormat } from '../../shared/domain/localTimeFormat';
import type { ConnectedSweepReport } from '../../shared/graph/connectedSweep';
import type { RebuildOutcome } from '../../shared/graph/mailboxRebuild';
import { useSettings } from '../services/useStore';
import { useConnectedSettingsStyles } from './ConnectedSettings.styles';
import { connectedStrings as t } from './connectedStrings';
import type { ConnectedView } from './connectedController';
import { useConnected } from './useConnected';

function sweepSummary(report: ConnectedSweepReport): string {
  const count = (kind: 'cleared' | 'paused' | 'stopped') =>
    report.replies.findings.filter((f) => f.applied === kind).length;
  const { created, updated, completed, deleted } = report.todo;
  const parts = [
    count('cleared') > 0 ? t.cleared(count('cleared')) : '',
    count('paused') > 0 ? t.paused(count('paused')) : '',
    count('stopped') > 0 ? t.stopped(count('stopped')) : '',
    t.tasks(created, updated + completed + deleted),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : t.nothingNew;
}

function SweepResult({ sweep, zone }: { sweep: ConnectedView['sweep']; zone: string }) {
  const styles = useConnectedSettingsStyles();
  if (sweep.running) return <Spinner size="tiny" label={t.checking} />;
  if (sweep.error)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t.problem(sweep.error)}</MessageBarBody>
      </MessageBar>
    );
  const last = sweep.last;
  if (!last) return <Caption1>{t.neverChecked}</Caption1>;
  return (
    <div className={styles.block} data-testid="connected-last-check">
      <Body1 className={styles.text}>{t.lastCheck(localTimeFormat(zone, last.at), sweepSummary(last))}</Body1>
      {last.replies.findings.length > 0 && (
        <ul className={styles.list}>
          {last.replies.findings.map((f) => (
            <li key={`${f.followUpId}-${f.applied}`}>
              <Caption1 className={styles.text}>
                {t.findingLine(f.contact, f.subject, t.outcome[f.applied])}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {last.problem && (
        <MessageBar intent={last.problem.kind === 'throttled' ? 'warning' : 'error'}>
          <MessageBarBody>{t.problem(last.problem.message)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function RebuildResult({ outcome }: { outcome: RebuildOutcome }) {
  const styles = useConnectedSettingsStyles();
  return (
    <div className={styles.block} data-testid="connected-rebuild-result" role="status">
      <Body1>{t.rebuilt(outcome.scanned, outcome.restored, outcome.current)}</Body1>
      {outcome.newer > 0 && <Caption1>{t.rebuildNewer(outcome.newer)}</Caption1>}
      {outcome.skipped > 0 && <Caption1>{t.rebuildSkipped(outcome.skipped)}</Caption1>}
      {(!outcome.complete || outcome.failure) && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {outcome.failure ? t.problem(outcome.failure.message) : t.rebuildIncomplete}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.problems.length > 0 && (
        <>
          <Caption1>{t.rebuildProblems(outcome.problems.length)}</Caption1>
          <ul className={styles.list}>
            {outcome.problems.slice(0, 10).map((p) => (
              <li key={p}>
                <Caption1 className={styles.text}>{p}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome.save.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{t.rebuildSaveFailed(outcome.save.reason ?? '')}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1>{t.rebuildNote}</Caption1>
    </div>
  );
}

/** The Connected mode section of Settings. */
export function ConnectedSettings() {
  const styles = useConnectedSettingsStyles();
  const settings = useSettings();
  const { view, controller } = useConnected();
  const [toggleError, setToggleError] = useState<string | null>(null);
  const { status } = view;
  const zone = settings.user.timeZone;

  return (
    <section aria-labelledby="connected-heading" className={styles.root}>
      <Subtitle2 as="h2" id="connected-heading">
        {t.heading}
      </Subtitle2>
      <Body1 className={styles.text}>{t.intro}</Body1>
      <Switch
        label={t.toggle}
        checked={settings.connected}
        onChange={(_event, data) => setToggleError(controller.setEnabled(data.checked))}
      />
      {toggleError && (
        <MessageBar intent="error">
          <MessageBarBody>{toggleError}</MessageBarBody>
        </MessageBar>
      )}
      <div aria-live="polite" className={styles.block}>
        {status.kind === 'unavailable' && (
          <MessageBar intent="warning">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
        {status.kind === 'starting' && <Spinner size="tiny" label={t.starting} />}
        {status.kind === 'signingIn' && <Spinner size="tiny" label={t.signingIn} />}
        {status.kind === 'signedOut' && (
          <div className={styles.block}>
            <Body1>{t.signedOut}</Body1>
            {status.message && (
              <MessageBar intent="warning">
                <MessageBarBody>{status.message}</MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => void controller.signIn()}>
                {t.signIn}
              </Button>
            </div>
          </div>
        )}
        {status.kind === 'ready' && (
          <>
            <div className={styles.row}>
              <Body1 className={styles.text} data-testid="connected-account">
                {t.signedIn(status.account.name, status.account.username)}
              </Body1>
              <Button onClick={() => controller.signOut()}>{t.signOut}</Button>
            </div>
            <SweepResult sweep={view.sweep} zone={zone} />
            <div className={styles.row}>
              <Button disabled={view.sweep.running} onClick={() => void controller.sweepNow()}>
                {t.checkNow}
              </Button>
            </div>
            <div className={styles.block}>
              <Caption1 className={styles.text}>{t.rebuildHelp}</Caption1>
              <div className={styles.row}>
                <Button disabled={view.rebuild.running} onClick={() => void controller.rebuild()}>
                  {t.rebuild}
                </Button>
              </div>
              {view.rebuild.running && <Spinner size="tiny" label={t.rebuilding} />}
              {view.rebuild.error && (
                <MessageBar intent="error">
                  <MessageBarBody>{t.problem(view.rebuild.error)}</MessageBarBody>
                </MessageBar>
              )}
              {view.rebuild.last && <RebuildResult outcome={view.rebuild.last} />}
            </div>
          </>
        )}
      </div>
    </section>
  );
}
