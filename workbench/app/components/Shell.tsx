/** One Outlook window: header, how-to strip, folders, message list, reading pane or compose form, task pane. */
import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useDevice } from '../deviceContext';
import { ComposeForm } from './ComposeForm';
import { FolderPane } from './FolderPane';
import { HeaderBar } from './HeaderBar';
import { HowToStrip } from './HowToStrip';
import { MessageList } from './MessageList';
import { ReadingPane } from './ReadingPane';
import { SmartAlertDialog } from './SmartAlertDialog';
import { TaskPane } from './TaskPane';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  main: { display: 'flex', flex: '1 1 auto', minHeight: 0 },
  list: {
    width: '300px',
    flex: '0 0 300px',
    minWidth: 0,
    '@media (max-width: 1100px)': { width: '230px', flexBasis: '230px' },
  },
  center: { flex: '1 1 auto', minWidth: 0, display: 'flex', flexDirection: 'column' },
  loading: { margin: 'auto' },
});

export function Shell() {
  const styles = useStyles();
  const { view } = useDevice();
  if (view.status === 'error') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>Workbench: {view.error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!view.snapshot) return <Spinner className={styles.loading} label="Loading mailbox…" />;
  return (
    <div className={styles.root}>
      <HeaderBar />
      {view.banner && (
        <MessageBar intent="warning">
          <MessageBarBody>{view.banner}</MessageBarBody>
        </MessageBar>
      )}
      {view.howTo && <HowToStrip />}
      <div className={styles.main}>
        <FolderPane />
        <div className={styles.list}>
          <MessageList />
        </div>
        <main className={styles.center}>{view.compose ? <ComposeForm /> : <ReadingPane />}</main>
        {view.pane && <TaskPane />}
      </div>
      <SmartAlertDialog />
    </div>
  );
}
