import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { lazyView } from '../common/lazyView';
import { useCurrentItem } from '../services/CurrentItemProvider';
import { strings } from '../strings';
import { ReadMessage } from './ReadMessage';

const ComposeMessage = lazyView(() => import('../compose/ComposeMessage'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The item Outlook has open: its follow-up in read mode, the plan before sending and the coach in compose. */
export function ThisMessage({ coach, onShowDue }: { coach?: 'callSuggestion'; onShowDue: () => void }) {
  const { state, reload } = useCurrentItem();
  const styles = useStyles();
  const t = strings.thisMessage;
  return (
    <div className={styles.root}>
      {state.status === 'loading' && <Spinner size="tiny" label={t.loading} />}
      {state.status === 'none' && <Body1 data-first-useful>{t.noItem}</Body1>}
      {state.status === 'error' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.loadFailed(state.message)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={reload}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === 'ready' &&
        (state.item.mode === 'compose' ? (
          <ComposeMessage item={state.item} coach={coach} />
        ) : (
          <ReadMessage item={state.item} onShowDue={onShowDue} />
        ))}
    </div>
  );
}
