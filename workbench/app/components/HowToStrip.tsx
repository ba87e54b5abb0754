/** The short "how to use" strip under the header (dismissible; "?" in the header brings it back). */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useDevice } from '../deviceContext';

const useStyles = makeStyles({ steps: { margin: 0, paddingLeft: '1.2em' } });

export function HowToStrip() {
  const styles = useStyles();
  const { store, view } = useDevice();
  return (
    <MessageBar intent="info" layout="multiline" aria-label="How to use the workbench">
      <MessageBarBody>
        <MessageBarTitle>This is Outlook in a browser, with {view.addinName} installed.</MessageBarTitle>
        <ol className={styles.steps}>
          <li>
            Open a message and press the {view.addinName} button on the ribbon above it to open the task pane.
          </li>
          <li>
            Press <b>New mail</b>, use {view.addinName}&apos;s compose buttons, then <b>Send</b>.
          </li>
          <li>
            Open a sent message and use <b>Simulate an answer</b>; move the clock with the buttons at the top
            right.
          </li>
          <li>
            <b>Controls</b> (top right) switch the theme, inject faults and open a second device.
          </li>
        </ol>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            aria-label="Dismiss the how-to strip"
            appearance="transparent"
            icon={<DismissRegular />}
            onClick={() => store.dismissHowTo()}
          />
        }
      />
    </MessageBar>
  );
}
