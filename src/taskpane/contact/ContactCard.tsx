import { Body1, Button, Caption1, Link, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import { personShortName } from '../../shared/app/appStrings';
import { contactDefault } from '../../shared/domain/contactDefault';
import type { ContactProfile, TrackedRecipient } from '../../shared/domain/types';
import { Pill } from '../common/Pill';
import { ChannelIcon } from '../common/ChannelIcon';
import { channelLink } from '../common/channelLink';
import { lazyView } from '../common/lazyView';
import { useFormat } from '../format/useFormat';
import { FeedbackBar } from '../plan/FeedbackBar';
import { loadDraftActions } from '../plan/loadDraftActions';
import { useAction } from '../plan/useAction';
import { useServices } from '../services/servicesContext';
import { useNow } from '../services/useNow';
import { useProfiles, useSettings } from '../services/useStore';
import { strings } from '../strings';
import { useContactStyles } from './ContactCard.styles';
import { WeekStrip } from './WeekStrip';

const ContactEditor = lazyView(() => import('./ContactEditor'));

function StatusBadge({ profile }: { profile: ContactProfile }) {
  const fmt = useFormat();
  const t = strings.contact;
  const status = profile.status;
  if (status.kind === 'away') {
    const until = fmt.date(Date.parse(`${status.until}T12:00:00Z`), 'UTC');
    return <Pill color="warning">{t.away(until)}</Pill>;
  }
  if (status.kind === 'movedOn')
    return <Pill color="danger">{t.movedOn(fmt.date(status.since, profile.timeZone))}</Pill>;
  return <Pill color="success">{t.active}</Pill>;
}

/** One tracked recipient's card: how and when they like to be reached, with edit and "ask them". */
export function ContactCard({ recipient }: { recipient: TrackedRecipient }) {
  const services = useServices();
  const styles = useContactStyles();
  const fmt = useFormat();
  const now = useNow();
  const profiles = useProfiles();
  const settings = useSettings();
  const runner = useAction();
  const [editing, setEditing] = useState(false);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const t = strings.contact;
  const saved = profiles.find((p) => p.email === recipient.email.toLowerCase());
  const profile = saved ?? contactDefault(recipient, settings.user);
  const name = profile.displayName || recipient.name || recipient.email;
  const short = personShortName(name, recipient.email);
  const headingId = `contact-${recipient.email}`;
  if (editing)
    return (
      <section className={styles.card} aria-labelledby={headingId}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {strings.editor.heading(name)}
        </Subtitle2>
        <ContactEditor
          profile={profile}
          onDone={(saved) => {
            setEditing(false);
            setSavedNote(saved ?? null);
          }}
        />
      </section>
    );
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid="contact-card">
      <div className={styles.head}>
        <div>
          <Subtitle2 as="h3" id={headingId} className={styles.heading}>
            {t.heading(name)}
          </Subtitle2>
          <Caption1 className={styles.email}>{recipient.email}</Caption1>
        </div>
        <StatusBadge profile={profile} />
      </div>
      {!saved && <Caption1>{t.noProfile}</Caption1>}
      <dl className={styles.fields}>
        <dt className={styles.term}>
          <Caption1>{t.channels}</Caption1>
        </dt>
        <dd className={styles.value}>
          {profile.channels.length === 0 ? (
            <Body1>{t.emailOnly}</Body1>
          ) : (
            <ol className={styles.channels}>
              {profile.channels.map((channel, i) => {
                const href = channelLink(channel.kind, channel.address);
                return (
                  <li key={`${channel.kind}-${i}`} className={styles.channel}>
                    <Caption1 className={styles.rank}>#{i + 1}</Caption1>
                    <ChannelIcon channel={channel.kind} />
                    <Body1>{strings.channels[channel.kind]}</Body1>
                    {channel.address &&
                      (href ? (
                        <Link
                          href={href}
                          {...(href.startsWith('http')
                            ? { target: '_blank', rel: 'noopener noreferrer' }
                            : {})}
                        >
                          {channel.address}
                        </Link>
                      ) : (
                        <Caption1>{channel.address}</Caption1>
                      ))}
                  </li>
                );
              })}
            </ol>
          )}
        </dd>
        <dt className={styles.term}>
          <Caption1>{strings.editor.timeZone}</Caption1>
        </dt>
        <dd className={styles.value}>
          <Body1 data-testid="contact-local-time">
            {t.localTime(fmt.time(now, profile.timeZone), fmt.zone(profile.timeZone, now))}
          </Body1>
        </dd>
        <dt className={styles.term}>
          <Caption1>{t.bestDays}</Caption1>
        </dt>
        <dd className={styles.value}>
          <Body1>{fmt.weekdays(profile.bestDays, t.anyDay)}</Body1>
        </dd>
        <dt className={styles.term}>
          <Caption1>{t.wait}</Caption1>
        </dt>
        <dd className={styles.value}>
          <Body1>{profile.waitHours !== undefined ? fmt.hours(profile.waitHours) : t.waitLadder}</Body1>
        </dd>
        {profile.notes && (
          <>
            <dt className={styles.term}>
              <Caption1>{t.notes}</Caption1>
            </dt>
            <dd className={styles.value}>
              <Body1 className={styles.notes}>{profile.notes}</Body1>
            </dd>
          </>
        )}
      </dl>
      <div>
        <Caption1 className={styles.term}>{t.times}</Caption1>
        {profile.bestTimes.length === 0 && profile.worstTimes.length === 0 && (
          <Caption1> · {t.noTimes}</Caption1>
        )}
        <WeekStrip profile={profile} name={short} />
      </div>
      <div className={styles.buttons}>
        <Button
          size="small"
          onClick={() => {
            setSavedNote(null);
            setEditing(true);
          }}
        >
          {t.edit}
        </Button>
        <Button
          size="small"
          disabled={runner.busy}
          onClick={() =>
            void runner.run(
              async () => {
                const { templateDraft, templatePerson } = await loadDraftActions();
                return templateDraft(
                  services.forms,
                  'preferencesRequest',
                  templatePerson({ email: recipient.email, name }, services.user.name),
                  settings.templates,
                  {
                    kind: 'newMessage',
                    to: [{ displayName: name, emailAddress: recipient.email }],
                    subject: t.askSubject,
                  },
                );
              },
              () => t.askOpened,
            )
          }
        >
          {t.ask}
        </Button>
      </div>
      <FeedbackBar
        feedback={savedNote ? { kind: 'success', text: savedNote } : runner.feedback}
        onDismiss={() => {
          setSavedNote(null);
          runner.clear();
        }}
      />
    </section>
  );
}
