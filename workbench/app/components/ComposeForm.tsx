/** The compose form: Send / Discard and the add-in's compose buttons, notifications, To/Cc/Bcc, subject, body. */
import { Field, Input, makeStyles, Textarea, ToolbarButton, tokens } from '@fluentui/react-components';
import { DeleteRegular, SendRegular } from '@fluentui/react-icons';
import { useDevice } from '../deviceContext';
import { itemRefKey } from '../model/itemRef';
import { useComposeFieldStyles } from './composeField.styles';
import { NotificationBar } from './NotificationBar';
import { RecipientField } from './RecipientField';
import { Ribbon } from './Ribbon';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  form: {
    margin: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    background: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    flex: '1 1 auto',
    minHeight: 0,
  },
  body: { flex: '1 1 auto', minHeight: '160px' },
  bodyInput: { height: '100%' },
  send: { fontWeight: tokens.fontWeightSemibold },
});

const KIND_LABEL = { new: 'New message', reply: 'Reply', replyAll: 'Reply all', forward: 'Forward' } as const;

export function ComposeForm() {
  const styles = useStyles();
  const fieldStyles = useComposeFieldStyles();
  const { store, view } = useDevice();
  const c = view.compose;
  if (!c) return null;
  return (
    <div className={styles.root}>
      <Ribbon label="Compose ribbon" groups={view.addin?.compose ?? []}>
        <ToolbarButton
          appearance="primary"
          className={styles.send}
          icon={<SendRegular />}
          disabled={view.sending}
          onClick={() => void store.send()}
        >
          Send
        </ToolbarButton>
        <ToolbarButton icon={<DeleteRegular />} disabled={view.sending} onClick={() => void store.discard()}>
          Discard
        </ToolbarButton>
      </Ribbon>
      <NotificationBar itemId={c.draftId} itemKey={itemRefKey({ kind: 'compose', draftId: c.draftId })} />
      <form className={styles.form} aria-label={KIND_LABEL[c.kind]} onSubmit={(e) => e.preventDefault()}>
        <RecipientField label="To" people={c.to} onChange={(to) => store.editCompose({ to })} />
        <RecipientField label="Cc" people={c.cc} onChange={(cc) => store.editCompose({ cc })} />
        <RecipientField label="Bcc" people={c.bcc} onChange={(bcc) => store.editCompose({ bcc })} />
        <Field className={fieldStyles.field} label="Subject" orientation="horizontal">
          <Input value={c.subject} onChange={(_e, d) => store.editCompose({ subject: d.value })} />
        </Field>
        <Textarea
          className={styles.body}
          textarea={{ className: styles.bodyInput }}
          aria-label="Message body"
          resize="vertical"
          value={c.body}
          onChange={(_e, d) => store.editCompose({ bodyText: d.value })}
        />
      </form>
    </div>
  );
}
