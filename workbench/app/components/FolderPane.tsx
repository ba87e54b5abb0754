/** The folder pane: New mail, then Inbox (unread count), Sent Items and Drafts (count). */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ComposeRegular, DraftsRegular, MailInboxRegular, SendRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { FolderName } from '../../shared/mailMessage';
import { useDevice } from '../deviceContext';

const useStyles = makeStyles({
  root: {
    width: '190px',
    flex: '0 0 190px',
    '@media (max-width: 1100px)': { width: '150px', flexBasis: '150px' },
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    background: tokens.colorNeutralBackground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  folder: { justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular },
  current: { background: tokens.colorNeutralBackground1Selected, fontWeight: tokens.fontWeightSemibold },
  count: { marginLeft: 'auto', color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
});

const FOLDERS: readonly { id: FolderName; label: string; icon: ReactElement }[] = [
  { id: 'inbox', label: 'Inbox', icon: <MailInboxRegular /> },
  { id: 'sent', label: 'Sent Items', icon: <SendRegular /> },
  { id: 'drafts', label: 'Drafts', icon: <DraftsRegular /> },
];

export function FolderPane() {
  const styles = useStyles();
  const { store, view } = useDevice();
  const messages = view.snapshot?.messages ?? [];
  const count = (id: FolderName) =>
    id === 'inbox'
      ? messages.filter((m) => m.folder === 'inbox' && !m.read).length
      : id === 'drafts'
        ? messages.filter((m) => m.folder === 'drafts' && m.draft?.saved !== false).length
        : 0;
  return (
    <nav className={styles.root} aria-label="Folders">
      <Button appearance="primary" icon={<ComposeRegular />} onClick={() => void store.newMessage()}>
        New mail
      </Button>
      {FOLDERS.map((f) => (
        <Button
          key={f.id}
          appearance="subtle"
          icon={f.icon}
          className={mergeClasses(styles.folder, view.folder === f.id && styles.current)}
          aria-current={view.folder === f.id ? 'page' : undefined}
          onClick={() => void store.selectFolder(f.id)}
        >
          {f.label}
          {count(f.id) > 0 && <span className={styles.count}>{count(f.id)}</span>}
        </Button>
      ))}
    </nav>
  );
}
