/** The current folder's messages, newest first: who, when, subject and the first words. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MailMessage } from '../../shared/mailMessage';
import { useDevice } from '../deviceContext';
import { listTime } from '../model/timeFormat';

const useStyles = makeStyles({
  root: {
    height: '100%',
    overflowY: 'auto',
    margin: 0,
    padding: 0,
    listStyle: 'none',
    background: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: '2px 8px',
    width: '100%',
    textAlign: 'left',
    border: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    borderLeft: '3px solid transparent',
    background: 'none',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
  },
  selected: { background: tokens.colorNeutralBackground1Selected, borderLeftColor: tokens.colorBrandStroke1 },
  unread: { borderLeftColor: tokens.colorBrandStroke1, fontWeight: tokens.fontWeightSemibold },
  who: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase400,
  },
  time: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  subject: { gridColumn: '1 / 3', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  preview: {
    gridColumn: '1 / 3',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
  draft: { color: tokens.colorPaletteRedForeground1, marginRight: '4px' },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

function who(message: MailMessage): string {
  if (message.folder === 'inbox') return message.from.name || message.from.email;
  const names = message.to.map((p) => p.name || p.email).join('; ');
  return names || '(no recipients)';
}

export function MessageList() {
  const styles = useStyles();
  const { store, view } = useDevice();
  const snapshot = view.snapshot;
  if (!snapshot) return null;
  const messages = snapshot.messages
    .filter((m) => m.folder === view.folder && m.draft?.saved !== false)
    .sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt));
  const selected = view.compose?.draftId ?? view.selectedId;
  return (
    <ul className={styles.root} aria-label="Message list">
      {messages.length === 0 && <li className={styles.empty}>Nothing in this folder.</li>}
      {messages.map((m) => (
        <li key={m.id}>
          <button
            type="button"
            className={mergeClasses(
              styles.row,
              !m.read && styles.unread,
              m.id === selected && styles.selected,
            )}
            aria-current={m.id === selected ? 'true' : undefined}
            data-message-id={m.id}
            onClick={() => void store.selectMessage(m.id)}
          >
            <span className={styles.who}>{who(m)}</span>
            <span className={styles.time}>
              {listTime(m.sentAt, snapshot.user.timeZone, snapshot.clock.nowMs)}
            </span>
            <span className={styles.subject}>
              {m.folder === 'drafts' && <span className={styles.draft}>[Draft]</span>}
              {m.subject || '(no subject)'}
            </span>
            <span className={styles.preview}>{m.body.split('\n').find((l) => l.trim()) ?? ''}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
