import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { followUpAct } from '../../shared/app/followUpAct';
import type { ContactProfile, FollowUp } from '../../shared/domain/types';
import type { ItemSummary } from '../../shared/ports';
import { useFormat } from '../format/useFormat';
import { useServices } from '../services/servicesContext';
import { strings } from '../strings';
import { LogOutcome, SnoozePicker } from './lazyForms';
import { loadDraftActions } from './loadDraftActions';
import { RunButton } from './RunButton';
import { MEETINGS, SPOKEN } from './stepChannels';
import { StepReach } from './StepReach';
import type { ActionRunner } from './useAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface StepActionsProps {
  readonly followUp: FollowUp;
  readonly index: number;
  readonly item: ItemSummary | null;
  readonly now: number;
  readonly runner: ActionRunner;
  readonly profile: ContactProfile;
  readonly name: string;
}

/** What the user can do with a planned step: draft, call or text, meet, log it, snooze or skip it. */
export function StepActions({ followUp, index, item, now, runner, profile, name }: StepActionsProps) {
  const services = useServices();
  const fmt = useFormat();
  const styles = useStyles();
  const [open, setOpen] = useState<'snooze' | 'log' | null>(null);
  const step = followUp.steps[index];
  if (!step) return null;
  const t = strings.actions;
  const zone = services.store.settings().user.timeZone;
  const toggle = (panel: 'snooze' | 'log') => setOpen((current) => (current === panel ? null : panel));
  const act = (action: Parameters<typeof followUpAct>[2], success: string) =>
    runner
      .run(
        () => followUpAct(services.store, followUp.id, action, services.clock.now()),
        () => success,
      )
      .then((ok) => ok && setOpen(null));
  const logLabel = SPOKEN.includes(step.channel)
    ? MEETINGS.includes(step.channel)
      ? t.logMeeting
      : t.logCall
    : t.logText;
  const panelId = `step-${followUp.id}-${index}`;
  return (
    <div className={styles.root} role="group" aria-label={t.stepLabel(name)}>
      <StepReach channel={step.channel} profile={profile} />
      <div className={styles.buttons}>
        {step.channel === 'email' ? (
          <RunButton
            runner={runner}
            primary
            action={async () =>
              (await loadDraftActions()).reminderDraft(
                {
                  store: services.store,
                  forms: services.forms,
                  userName: services.user.name,
                  userEmail: services.user.email,
                  sentCopies: services.sentCopies,
                },
                followUp.id,
                index,
                item,
                services.clock.now(),
              )
            }
            success={() => t.drafted}
          >
            {t.draftReminder}
          </RunButton>
        ) : (
          <>
            {MEETINGS.includes(step.channel) && (
              <RunButton
                runner={runner}
                primary
                action={async () =>
                  (await loadDraftActions()).meetingRequest(
                    { store: services.store, forms: services.forms },
                    followUp.id,
                    index,
                    services.clock.now(),
                    {
                      subject: t.meetingSubject(followUp.subject),
                      body: t.meetingBody(followUp.subject),
                    },
                  )
                }
                success={({ start }) => t.meetingOpened(fmt.dateTime(start, zone))}
              >
                {t.meeting}
              </RunButton>
            )}
            <Button
              size="small"
              appearance={MEETINGS.includes(step.channel) ? 'secondary' : 'primary'}
              aria-expanded={open === 'log'}
              aria-controls={`${panelId}-log`}
              onClick={() => toggle('log')}
            >
              {logLabel}
            </Button>
          </>
        )}
        {step.channel === 'email' && (
          <Button
            size="small"
            disabled={runner.busy}
            onClick={() => void act({ kind: 'done', stepIndex: index }, t.markedDone)}
          >
            {t.markDone}
          </Button>
        )}
        <Button
          size="small"
          aria-expanded={open === 'snooze'}
          aria-controls={`${panelId}-snooze`}
          onClick={() => toggle('snooze')}
        >
          {t.snooze}
        </Button>
        <Button
          size="small"
          disabled={runner.busy}
          onClick={() => void act({ kind: 'skip', stepIndex: index }, t.skipped)}
        >
          {t.skip}
        </Button>
      </div>
      {open === 'log' && (
        <div id={`${panelId}-log`}>
          <LogOutcome
            channel={step.channel}
            busy={runner.busy}
            onCancel={() => setOpen(null)}
            onLog={(outcome) => void act({ kind: 'done', stepIndex: index, outcome }, t.logged)}
          />
        </div>
      )}
      {open === 'snooze' && (
        <div id={`${panelId}-snooze`}>
          <SnoozePicker
            now={now}
            busy={runner.busy}
            onSnooze={(until) =>
              void act({ kind: 'snooze', stepIndex: index, until }, t.snoozed(fmt.dateTime(until, zone)))
            }
          />
        </div>
      )}
    </div>
  );
}
