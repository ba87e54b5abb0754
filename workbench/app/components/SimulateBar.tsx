/** Simulate, on a sent message, what a recipient (or their mail system) sends back. */
import { Button, Caption1, Dropdown, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MailMessage } from '../../shared/mailMessage';
import { useDevice } from '../deviceContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    background: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  date: { width: '150px' },
});

const KINDS = [
  ['reply', 'Reply'],
  ['replyFromColleague', 'Reply from a colleague'],
  ['outOfOffice', 'Out of office'],
  ['bounce', 'Bounce'],
  ['leftCompany', 'No longer with the company'],
] as const;

export function SimulateBar({ message }: { message: MailMessage }) {
  const styles = useStyles();
  const { store } = useDevice();
  const recipients = [...message.to, ...message.cc, ...message.bcc];
  const [recipient, setRecipient] = useState(recipients[0]?.email ?? '');
  const [returnDate, setReturnDate] = useState('');
  if (recipients.length === 0) return null;
  const current = recipients.find((p) => p.email === recipient) ?? recipients[0];
  return (
    <div className={styles.root} role="group" aria-label="Simulate an answer">
      <Caption1>Simulate an answer from</Caption1>
      {recipients.length > 1 ? (
        <Dropdown
          aria-label="Recipient who answers"
          value={current?.name || current?.email || ''}
          selectedOptions={[current?.email ?? '']}
          onOptionSelect={(_e, d) => d.optionValue && setRecipient(d.optionValue)}
        >
          {recipients.map((p) => (
            <Option key={p.email} value={p.email}>
              {p.name || p.email}
            </Option>
          ))}
        </Dropdown>
      ) : (
        <Caption1>{current?.name || current?.email}:</Caption1>
      )}
      {KINDS.map(([kind, label]) => (
        <Button
          key={kind}
          size="small"
          onClick={() =>
            void store.simulate(message.id, kind, {
              recipient: current?.email ?? '',
              ...(kind === 'outOfOffice' && returnDate ? { returnDate } : {}),
            })
          }
        >
          {label}
        </Button>
      ))}
      <Input
        className={styles.date}
        size="small"
        type="date"
        aria-label="Out-of-office return date"
        value={returnDate}
        onChange={(_e, d) => setReturnDate(d.value)}
      />
    </div>
  );
}
