import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { TrackedRecipient } from '../../shared/domain/types';
import { useFormat } from '../format/useFormat';
import { connectedStrings as t } from './connectedStrings';
import { useRecipientsAway } from './useRecipientsAway';

/**
 * Compose, connected mode signed in: the tracked recipients whose automatic replies are on now (Graph
 * MailTips), with the day each is back. Their profiles are marked away, so the plan starts after it.
 * Renders nothing when connected mode is off, nobody is away, or the lookup failed.
 */
export function RecipientsAwayNotice({ recipients }: { recipients: readonly TrackedRecipient[] }) {
  const fmt = useFormat();
  const away = useRecipientsAway(recipients);
  if (away.length === 0) return null;
  // A LocalDate is a calendar day: shown on UTC's clock at noon, it is that day in every locale.
  const names = away.map((a) =>
    t.awayUntil(a.name || a.email, fmt.date(Date.parse(`${a.until}T12:00:00Z`), 'UTC')),
  );
  return (
    <MessageBar intent="info" data-testid="recipients-away">
      <MessageBarBody>{t.away(names.join(', '))}</MessageBarBody>
    </MessageBar>
  );
}
