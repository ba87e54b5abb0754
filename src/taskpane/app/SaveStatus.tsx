import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle16Regular } from '@fluentui/react-icons/svg/checkmark-circle';
import { Warning16Regular } from '@fluentui/react-icons/svg/warning';
import { useServices } from '../services/servicesContext';
import { useSaveState } from '../services/useStore';
import { strings } from '../strings';

const useStyles = makeStyles({
  status: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
  },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The save state of the roaming settings, compact, for the header (a live region: changes are announced). */
export function SaveStatus() {
  const state = useSaveState();
  const styles = useStyles();
  const t = strings.saveState;
  let content;
  if (state.status === 'saving')
    content = <Spinner size="extra-tiny" label={t.saving} labelPosition="after" />;
  else if (state.status === 'retrying')
    content = (
      <>
        <Warning16Regular className={styles.warning} aria-hidden />
        <span>{t.retrying(Math.ceil((state.retryInMs ?? 0) / 1000))}</span>
      </>
    );
  else if (state.status === 'failed')
    content = (
      <>
        <Warning16Regular className={styles.warning} aria-hidden />
        <span>{t.failed}</span>
      </>
    );
  else
    content = (
      <>
        <CheckmarkCircle16Regular aria-hidden />
        <span title={t.savedTitle}>{t.saved}</span>
      </>
    );
  return (
    <Caption1 className={styles.status} role="status" data-testid="save-status" data-status={state.status}>
      {content}
    </Caption1>
  );
}

/** The failure in full, with the reason and a retry (shown under the header while saving fails). */
export function SaveProblem() {
  const state = useSaveState();
  const { store } = useServices();
  if (state.status !== 'failed' && state.status !== 'retrying') return null;
  return (
    <MessageBar intent={state.status === 'failed' ? 'error' : 'warning'} layout="multiline">
      <MessageBarBody>{strings.saveState.failedDetail(state.reason ?? '')}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => store.retrySave()}>
          {strings.saveState.retryNow}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
