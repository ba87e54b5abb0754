import { FluentProvider, Title3, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { MailboxPort } from '../../shared/ports';
import { strings } from '../strings';
import { ThisMessage } from '../thisMessage/ThisMessage';
import { useAppStyles } from './App.styles';

export interface AppProps {
  readonly mailbox: MailboxPort;
  readonly dark?: boolean;
}

/** The task pane shell: theme, header and the views. */
export function App({ mailbox, dark = false }: AppProps) {
  const styles = useAppStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{strings.appName}</Title3>
      </header>
      <main className={styles.main}>
        <ThisMessage mailbox={mailbox} />
      </main>
    </FluentProvider>
  );
}
