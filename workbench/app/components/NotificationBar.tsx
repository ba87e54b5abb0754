/**
 * The messages above an item: the add-in's notificationMessages (informational with dismiss, progress,
 * error, insight with its one action) and Outlook's own notices ("working on your request").
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { ribbonControls } from '../../shared/addinManifest';
import type { StoredNotification } from '../../shared/mailMessage';
import { useDevice } from '../deviceContext';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: '2px' } });

const INTENT = {
  informationalMessage: 'info',
  insightMessage: 'info',
  progressIndicator: 'info',
  errorMessage: 'error',
} as const;

export function NotificationBar({ itemId, itemKey }: { itemId: string; itemKey: string }) {
  const styles = useStyles();
  const { store, view } = useDevice();
  const message = view.snapshot?.messages.find((m) => m.id === itemId);
  const notifications: readonly StoredNotification[] = message?.notifications ?? [];
  const notices = view.notices.filter((n) => n.itemKey === itemKey);
  if (notifications.length === 0 && notices.length === 0) return null;
  const controls = ribbonControls([...(view.addin?.compose ?? []), ...(view.addin?.read ?? [])]);
  const dismiss = (key: string) => (
    <Button
      appearance="transparent"
      aria-label="Dismiss"
      icon={<DismissRegular />}
      onClick={() => void store.dismissNotification(itemId, key)}
    />
  );
  return (
    <div className={styles.root} aria-label="Notifications" role="region">
      {notices.map((n) => (
        <MessageBar
          key={`notice-${n.id}`}
          intent={n.kind === 'error' ? 'error' : 'info'}
          icon={n.kind === 'progress' ? <Spinner size="extra-tiny" /> : undefined}
          data-notice={n.kind}
        >
          <MessageBarBody>{n.message}</MessageBarBody>
          {n.kind === 'error' && (
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label="Dismiss"
                  icon={<DismissRegular />}
                  onClick={() => store.addin.dismissNotice(n.id)}
                />
              }
            />
          )}
        </MessageBar>
      ))}
      {notifications.map((n) => {
        const action = n.actions?.[0];
        const control = action ? controls.find((c) => c.id === action.commandId) : undefined;
        return (
          <MessageBar
            key={n.key}
            intent={INTENT[n.type]}
            icon={n.type === 'progressIndicator' ? <Spinner size="extra-tiny" /> : undefined}
            data-notification-key={n.key}
            data-notification-type={n.type}
          >
            <MessageBarBody>
              <b>{view.addinName}:</b> {n.message}
            </MessageBarBody>
            <MessageBarActions containerAction={n.type === 'progressIndicator' ? undefined : dismiss(n.key)}>
              {action && (
                <Button
                  size="small"
                  disabled={!control}
                  onClick={() => control && store.addin.runControl(control)}
                >
                  {action.actionText}
                </Button>
              )}
            </MessageBarActions>
          </MessageBar>
        );
      })}
    </div>
  );
}
