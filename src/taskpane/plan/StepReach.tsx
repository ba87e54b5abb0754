import { Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Channel, ContactProfile } from '../../shared/domain/types';
import { channelLink } from '../common/channelLink';
import { zoneCity } from '../format/formatter';
import { useFormat } from '../format/useFormat';
import { strings } from '../strings';
import { SPOKEN } from './stepChannels';

const useStyles = makeStyles({
  reach: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** How to reach the contact on this step's channel: the address (as a link where possible) and their best time. */
export function StepReach({ channel, profile }: { channel: Channel; profile: ContactProfile }) {
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
