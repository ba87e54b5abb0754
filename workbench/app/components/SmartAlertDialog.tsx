/** Outlook's Smart Alerts dialog: the add-in's name as title, the message, and the buttons the send mode allows. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { useDevice } from '../deviceContext';
import type { SmartAlertButton } from '../model/smartAlert';

const LABELS: Readonly<Record<SmartAlertButton, string>> = {
  sendAnyway: 'Send Anyway',
  dontSend: "Don't Send",
  takeAction: 'Take Action',
  tryLater: 'Try Later',
  ok: 'OK',
};

export function SmartAlertDialog() {
  const { store, view } = useDevice();
  const alert = view.alert;
  return (
    <Dialog open={alert !== null} modalType="alert">
      <DialogSurface aria-label="Smart Alerts">
        {alert && (
          <DialogBody>
            <DialogTitle>{alert.title}</DialogTitle>
            <DialogContent>
              {alert.kind === 'longRunning' && <Spinner size="tiny" />}
              <p data-testid="smart-alert-message">{alert.message}</p>
            </DialogContent>
            <DialogActions>
              {alert.buttons.map((button) => (
                <Button
                  key={button}
                  appearance={button === 'dontSend' || button === 'ok' ? 'primary' : 'secondary'}
                  onClick={() => void store.chooseAlert(button)}
                >
                  {button === 'takeAction' && alert.takeAction ? alert.takeAction.label : LABELS[button]}
                </Button>
              ))}
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
