import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { personShortName } from '../../shared/app/appStrings';
import { contactFirst, planPreview } from '../../shared/app/planPreview';
import type { FollowUp } from '../../shared/domain/types';
import type { ComposeItemPort, ItemSummary } from '../../shared/ports';
import type { ItemServices } from '../services/paneServices';
import { lazyView } from '../common/lazyView';
import { RecipientsAwayNotice } from '../connected/RecipientsAwayNotice';
import { ContactCard } from '../contact/ContactCard';
import { PlanTimeline } from '../plan/PlanTimeline';
import { StepWhy } from '../plan/StepWhy';
import { useServices } from '../services/servicesContext';
import { useNow } from '../services/useNow';
import { useProfiles, useSettings } from '../services/useStore';
import { strings } from '../strings';
import { useComposeFlag } from './useComposeFlag';
import { useComposeSnapshot, type ComposeSnapshot } from './useComposeSnapshot';

const CoachPanel = lazyView(() => import('../coach/CoachPanel'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  flag: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  coachToggle: { alignSelf: 'flex-start' },
});

function Preview({ snapshot, flagged }: { snapshot: ComposeSnapshot; flagged: FlagLadder }) {
  const services = useServices();
  const settings = useSettings();
  const profiles = useProfiles();
  const now = useNow();
  const t = strings.compose;
  const preview = useMemo(
    () =>
      planPreview(snapshot, services.user.email, flagged ?? settings.defaultLadder, now, settings, (email) =>
        profiles.find((p) => p.email === email.toLowerCase()),
      ),
    [snapshot, services.user.email, flagged, settings, now, profiles],
  );
  if (snapshot.to.length + snapshot.cc.length === 0)
    return <Body1 data-first-useful>{t.previewNoRecipients}</Body1>;
  if (!preview.ok) return <Body1 data-first-useful>{t.previewRefused(preview.reason)}</Body1>;
  const { selection, plan, profile, profileIsDefault } = preview.value;
  const recipients = contactFirst(selection);
  const followUp: FollowUp = {
    id: 'preview',
    subject: snapshot.subject,
    recipients,
    sentAt: now,
    ladder: flagged ?? settings.defaultLadder,
    steps: plan.steps,
    state: 'waiting',
    history: [],
  };
  return (
    <>
      <RecipientsAwayNotice recipients={recipients} />
      {profileIsDefault && (
        <Caption1>{t.previewDefaultProfile(personShortName(profile.displayName, profile.email))}</Caption1>
      )}
      <PlanTimeline
        steps={followUp.steps}
        userZone={settings.user.timeZone}
        contactZone={profile.timeZone}
        now={now}
        firstUseful
        why={(index, names) => (
          <StepWhy
            followUp={followUp}
            index={index}
            names={names}
            context={{ contact: profile, user: settings.user, reengageAfterDays: settings.reengageAfterDays }}
          />
        )}
      />
      <Subtitle2 as="h3">{t.trackedRecipients}</Subtitle2>
      {recipients.map((r) => (
        <ContactCard key={r.email} recipient={r} />
      ))}
    </>
  );
}

type FlagLadder = FollowUp['ladder'] | undefined;

/** Compose mode: the flag (same as the ribbon button), the plan the message would get, and the writing coach. */
export default function ComposeMessage({ item, coach }: { item: ItemSummary; coach?: 'callSuggestion' }) {
  const services = useServices();
  // The adapters are bound to the open item: rebuilt when the pane moves to another one.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const itemServices = useMemo(() => services.itemServices(), [services, item]);
  const compose = itemServices.compose;
  const [coachOpen, setCoachOpen] = useState(coach === 'callSuggestion');
  if (!compose)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{strings.thisMessage.loadFailed('no message is being composed')}</MessageBarBody>
      </MessageBar>
    );
  return (
    <ComposeBody
      itemServices={itemServices}
      compose={compose}
      coachOpen={coachOpen}
      onCoach={() => setCoachOpen((o) => !o)}
      callFocus={coach === 'callSuggestion'}
    />
  );
}

interface ComposeBodyProps {
  readonly itemServices: ItemServices;
  readonly compose: ComposeItemPort;
  readonly coachOpen: boolean;
  readonly onCoach: () => void;
  readonly callFocus: boolean;
}

function ComposeBody({ itemServices, compose, coachOpen, onCoach, callFocus }: ComposeBodyProps) {
  const styles = useStyles();
  const t = strings.compose;
  const services = useServices();
  const { flag, toggle, reload } = useComposeFlag(itemServices, compose);
  const snapshot = useComposeSnapshot(compose, coachOpen, services.events.onRecipientsChanged);
  const profiles = useProfiles();
  const flagged = flag.status === 'ready' ? flag.state.flag?.ladder : undefined;
  const current =
    snapshot.status === 'ready' ? snapshot.snapshot : snapshot.status === 'error' ? snapshot.last : undefined;
  const first = current?.to[0];
  const contact = first ? (profiles.find((p) => p.email === first.emailAddress.toLowerCase()) ?? null) : null;
  return (
    <div className={styles.root}>
      <section className={styles.flag} aria-label={t.flagLabel}>
        {flag.status === 'loading' && <Spinner size="tiny" label={t.flagBusy} />}
        {flag.status === 'error' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{strings.thisMessage.loadFailed(flag.message)}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={reload}>
                {strings.retry}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {flag.status === 'ready' && (
          <>
            <Switch
              label={t.flagLabel}
              checked={!!flag.state.flag}
              disabled={flag.busy}
              onChange={toggle}
              data-testid="flag-switch"
            />
            <Caption1>{flag.state.flag ? t.flagOnHelp : t.flagOffHelp}</Caption1>
            {flag.outcome && (
              <MessageBar intent={flag.outcome.kind === 'failed' ? 'error' : 'info'} layout="multiline">
                <MessageBarBody data-testid="flag-outcome">{flag.outcome.message}</MessageBarBody>
              </MessageBar>
            )}
          </>
        )}
      </section>
      <section className={styles.section} aria-labelledby="preview-heading">
        <Subtitle2 as="h2" id="preview-heading" className={styles.heading}>
          {t.previewHeading}
        </Subtitle2>
        {snapshot.status === 'loading' && <Spinner size="tiny" label={t.previewReading} />}
        {snapshot.status === 'error' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.previewFailed(snapshot.message)}</MessageBarBody>
          </MessageBar>
        )}
        {current && <Preview snapshot={current} flagged={flagged} />}
      </section>
      <section className={styles.section} aria-labelledby="coach-heading">
        <Subtitle2 as="h2" id="coach-heading" className={styles.heading}>
          {strings.coach.heading}
        </Subtitle2>
        <Button className={styles.coachToggle} aria-expanded={coachOpen} onClick={onCoach}>
          {coachOpen ? strings.coach.hide : strings.coach.show}
        </Button>
        {coachOpen && (
          <CoachPanel snapshot={snapshot} compose={compose} contact={contact} callFocus={callFocus} />
        )}
      </section>
    </div>
  );
}
