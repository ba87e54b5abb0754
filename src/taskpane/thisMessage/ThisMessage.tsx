import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { strings } from '../strings';
import { useCurrentItem } from '../services/useCurrentItem';
import { useThisMessageStyles } from './ThisMessage.styles';

/** The item Outlook has open: its subject and recipients (the plan view grows here). */
export function ThisMessage() {
  const { state, reload } = useCurrentItem();
  const styles = useThisMessageStyles();
  const t = strings.thisMessage;

  return (
    <section aria-labelledby="this-message-heading" className={styles.root}>
      <Subtitle2 as="h2" id="this-message-heading">
        {t.heading}
      </Subtitle2>
      {state.status === 'loading' && <Spinner size="tiny" label={t.loading} />}
      {state.status === 'none' && <Body1>{t.noItem}</Body1>}
      {state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{t.loadFailed(state.message)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={reload}>{t.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === 'ready' && (
        <dl className={styles.fields} data-first-useful>
          <dt>
            <Caption1>{t.subjectLabel}</Caption1>
          </dt>
          <dd className={styles.value}>
            <Body1 data-testid="item-subject">{state.item.subject || t.noSubject}</Body1>
          </dd>
          <dt>
            <Caption1>{t.recipientsLabel}</Caption1>
          </dt>
          <dd className={styles.value}>
            <Body1>
              {state.item.to.length === 0
                ? t.noRecipients
                : state.item.to.map((r) => r.displayName || r.emailAddress).join(', ')}
            </Body1>
          </dd>
        </dl>
      )}
    </section>
  );
}
