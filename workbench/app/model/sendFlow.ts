/**
 * Pressing Send: with an OnMessageSend launch event the handler runs first (Smart Alerts), and its
 * completion, slowness, time limit or absence decides between sending, the dialog, or nothing
 * (smartAlert.ts); without one the message goes at once. The dialog's buttons come back here.
 */
import type { SendMode } from '../../shared/addinManifest';
import type { Run } from './commandRunner';
import {
  longRunningAlert,
  sendDecision,
  timedOutAlert,
  unavailableAlert,
  type SmartAlert,
  type SmartAlertButton,
} from './smartAlert';

export interface SendContext {
  addinName(): string;
  /** The manifest's OnMessageSend send mode, or null when this client fires no OnMessageSend. */
  sendMode(): SendMode | null;
  longRunningNoticeMs(): number;
  /** Starts the OnMessageSend handler for the open compose form. */
  runOnSend(): Run | null;
  commit(): Promise<void>;
  runCommand(commandId: string): void;
  setAlert(alert: SmartAlert | null): void;
  setSending(sending: boolean): void;
  log(kind: string, detail: Record<string, unknown>): void;
  warn(message: string): void;
}

export class SendFlow {
  private run: Run | null = null;
  private alert: SmartAlert | null = null;
  private busy = false;

  constructor(private readonly ctx: SendContext) {}

  private show(alert: SmartAlert | null): void {
    this.alert = alert;
    this.ctx.setAlert(alert);
    if (alert) {
      this.ctx.log('smartAlert.shown', { kind: alert.kind, message: alert.message, buttons: alert.buttons });
      for (const problem of alert.problems) this.ctx.warn(problem);
    }
  }

  private end(): void {
    this.busy = false;
    this.run = null;
    this.ctx.setSending(false);
  }

  private async commit(): Promise<void> {
    this.show(null);
    try {
      await this.ctx.commit();
    } finally {
      this.end();
    }
  }

  /** The user pressed Send. */
  async send(): Promise<void> {
    if (this.busy) return;
    const mode = this.ctx.sendMode();
    this.busy = true;
    this.ctx.setSending(true);
    const run = mode ? this.ctx.runOnSend() : null;
    if (!mode || !run) {
      await this.commit();
      return;
    }
    this.run = run;
    const notice = setTimeout(() => {
      if (this.run === run && !this.alert) this.show(longRunningAlert(mode, this.ctx.addinName()));
    }, this.ctx.longRunningNoticeMs());
    const outcome = await run.done;
    clearTimeout(notice);
    if (this.run !== run) return; // the user already chose (Send Anyway / Don't Send)
    const name = this.ctx.addinName();
    switch (outcome.kind) {
      case 'completed': {
        this.ctx.log('event.completed', {
          type: 'OnMessageSend',
          options: outcome.options ?? null,
          handlerMs: outcome.handlerMs,
        });
        const decision = sendDecision(outcome.options, mode, name);
        if (decision.send) await this.commit();
        else this.show(decision.alert);
        return;
      }
      case 'timedOut':
        this.ctx.log('event.timeout', { type: 'OnMessageSend' });
        this.show(timedOutAlert(mode, name));
        return;
      case 'unavailable':
        this.ctx.log('event.unavailable', { type: 'OnMessageSend', reason: outcome.reason });
        this.show(unavailableAlert(mode, name, outcome.reason));
        return;
      case 'cancelled':
        this.end();
    }
  }

  /** A button of the Smart Alerts dialog. */
  async choose(button: SmartAlertButton): Promise<void> {
    const alert = this.alert;
    if (!alert) return;
    this.ctx.log('smartAlert.choice', { kind: alert.kind, button });
    const running = this.run;
    this.run = null;
    running?.cancel();
    if (button === 'sendAnyway') {
      await this.commit();
      return;
    }
    this.show(null);
    this.end();
    if (button === 'takeAction' && alert.takeAction) this.ctx.runCommand(alert.takeAction.commandId);
  }
}
