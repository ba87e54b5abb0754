import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons/svg/dismiss';
import { strings } from '../strings';
import type { Feedback } from './useAction';

/** The outcome of the last action: a confirmation or the reason it failed (announced to screen readers). */
export function FeedbackBar({ feedback, onDismiss }: { feedback: Feedback; onDismiss: () => void }) {
  if (!feedback) return null;
  return (
    <MessageBar
      intent={feedback.kind === 'error' ? 'error' : 'success'}
      layout="multiline"
      politeness={feedback.kind === 'error' ? 'assertive' : 'polite'}
      data-testid="action-feedback"
    >
      <MessageBarBody>{feedback.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            icon={<Dismiss16Regular />}
            aria-label={strings.dismiss}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
