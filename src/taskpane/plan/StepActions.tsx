import { Button, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { followUpAct } from '../../shared/app/followUpAct';
import { zoneCity } from '../format/formatter';
import type { Channel, ContactProfile, FollowUp } from '../../shared/domain/types';
import type { ItemSummary } from '../../shared/ports';
import { channelLink } from '../common/channelLink';
import { useFormat } from '../format/useFormat';
import { useServices } from '../services/servicesContext';
import { strings } from '../strings';
import { LogOutcome, SnoozePicker } from './lazyForms';
import { loadDraftActions } from './loadDraftActions';
import type { ActionRunner } from './useAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  reach: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

const SPOKEN: readonly Channel[] = ['phone', 'video', 'in-person'];
const MEETINGS: readonly Channel[] = ['video', 'in-person'];

/** How to reach the contact on this step's channel: the address (as a link where possible) and their best time. */
function Reach({ channel, profile }: { channel: Channel; profile: ContactProfile }) {
  const fmt = useFormat();
  const styles = useStyles();
  const t = strings.actions;
  // A text can go to the phone number when no separate mobile is on the card.
  const entry =
    profile.channels.find((c) => c.kind === channel && c.address) ??
    (channel === 'sms' ? profile.channels.find((c) => c.kind === 'phone' && c.address) : undefined);
  const href = entry ? channelLink(channel === 'sms' ? 'sms' : entry.kind, entry.address) : null;
  const label = entry?.address
    ? channel === 'phone'
      ? t.call(entry.address)
      : channel === 'sms'
        ? t.text(entry.address)
        : entry.address
    : null;
  const days = fmt.weekdays(profile.bestDays, strings.contact.anyDay);
  const times = profile.bestTimes.map((r) => fmt.range(r)).join(', ');
  const best = `${days}${times ? ` ${times}` : ''} (${zoneCity(profile.timeZone)})`;
  if (channel === 'email') return null;
  return (
    <div className={styles.reach}>
      {label ? (
        href ? (
          <Link
            href={href}
            {...(href.startsWith('http') ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {label}
          </Link>
        ) : (
          <Caption1>{label}</Caption1>
        )
      ) : SPOKEN.includes(channel) || channel === 'sms' ? (
        <Caption1>{t.noNumber}</Caption1>
      ) : null}
      <Caption1>{t.bestTime(best)}</Caption1>
    </div>
  );
}

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
      <Reach channel={step.channel} profile={profile} />
      <div className={styles.buttons}>
        {step.channel === 'email' ? (
          <Button
            size="small"
            appearance="primary"
            disabled={runner.busy}
            onClick={() =>
              void runner.run(
                async () =>
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
                  ),
                () => t.drafted,
              )
            }
          >
            {t.draftReminder}
          </Button>
        ) : (
          <>
            {MEETINGS.includes(step.channel) && (
              <Button
                size="small"
                appearance="primary"
                disabled={runner.busy}
                onClick={() =>
                  void runner.run(
                    async () =>
                      (await loadDraftActions()).meetingRequest(
                        { store: services.store, forms: services.forms },
                        followUp.id,
                        index,
                        services.clock.now(),
                        {
                          subject: t.meetingSubject(followUp.subject),
                          body: t.meetingBody(followUp.subject),
                        },
                      ),
                    ({ start }) => t.meetingOpened(fmt.dateTime(start, zone)),
                  )
                }
              >
                {t.meeting}
              </Button>
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
