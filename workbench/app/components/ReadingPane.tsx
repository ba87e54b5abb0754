/** The reading pane: the read ribbon (Reply, Reply all, Forward, the add-in's read buttons), notifications, the message. */
import { Body1, Caption1, makeStyles, Subtitle1, ToolbarButton, tokens } from '@fluentui/react-components';
import {
  ArrowForwardRegular,
  ArrowReplyAllRegular,
  ArrowReplyRegular,
  MailRegular,
} from '@fluentui/react-icons';
import type { MailPerson } from '../../shared/mailMessage';
import { useDevice } from '../deviceContext';
import { itemRefKey } from '../model/itemRef';
import { fullTime } from '../model/timeFormat';
import { NotificationBar } from './NotificationBar';
import { Ribbon } from './Ribbon';
import { SimulateBar } from './SimulateBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  card: {
    margin: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalXL,
    background: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    overflowY: 'auto',
    flex: '1 1 auto',
  },
  people: { display: 'block', color: tokens.colorNeutralForeground2 },
  body: { whiteSpace: 'pre-wrap', marginTop: tokens.spacingVerticalL, display: 'block' },
  empty: {
    margin: 'auto',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground3,
  },
  emptyIcon: { fontSize: '48px' },
});

function names(people: readonly MailPerson[]): string {
  return people.map((p) => (p.name ? `${p.name} <${p.email}>` : p.email)).join('; ');
}

export function ReadingPane() {
  const styles = useStyles();
  const { store, view } = useDevice();
  const snapshot = view.snapshot;
  const message = view.selectedId ? snapshot?.messages.find((m) => m.id === view.selectedId) : undefined;
  if (!snapshot || !message) {
    return (
      <div className={styles.empty}>
        <MailRegular className={styles.emptyIcon} />
        <Body1>Select an item to read</Body1>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <Ribbon label="Message ribbon" groups={view.addin?.read ?? []}>
        <ToolbarButton icon={<ArrowReplyRegular />} onClick={() => void store.respond('reply')}>
          Reply
        </ToolbarButton>
        <ToolbarButton icon={<ArrowReplyAllRegular />} onClick={() => void store.respond('replyAll')}>
          Reply all
        </ToolbarButton>
        <ToolbarButton icon={<ArrowForwardRegular />} onClick={() => void store.respond('forward')}>
          Forward
        </ToolbarButton>
      </Ribbon>
      <NotificationBar itemId={message.id} itemKey={itemRefKey({ kind: 'read', id: message.id })} />
      {message.folder === 'sent' && <SimulateBar message={message} />}
      <article className={styles.card} aria-label="Reading pane">
        <Subtitle1 as="h2">{message.subject || '(no subject)'}</Subtitle1>
        <Caption1 className={styles.people}>From: {names([message.from])}</Caption1>
        {message.to.length > 0 && <Caption1 className={styles.people}>To: {names(message.to)}</Caption1>}
        {message.cc.length > 0 && <Caption1 className={styles.people}>Cc: {names(message.cc)}</Caption1>}
        <Caption1 className={styles.people}>
          {fullTime(Date.parse(message.sentAt), snapshot.user.timeZone)}
        </Caption1>
        <Body1 className={styles.body} data-testid="message-body">
          {message.body}
        </Body1>
      </article>
    </div>
  );
}
