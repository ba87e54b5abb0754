/**
 * addHandlerAsync / removeHandlerAsync on the mailbox for the events the workbench raises:
 * ItemChanged (Mailbox 1.5: the selection changed under a pinned pane) and OfficeThemeChanged (1.14).
 * Handlers run on a later task with the event arguments office.js builds.
 */
import { versionAtLeast } from '../shared/requirementVersion';
import { EventType } from './enums';
import { OfficeFailure, officeAsync, type CallGate } from './officeAsync';

const MIN_LEVEL: Readonly<Record<string, string>> = {
  [EventType.ItemChanged]: '1.5',
  [EventType.OfficeThemeChanged]: '1.14',
};

export class EventHandlers {
  private readonly handlers = new Map<string, ((args: unknown) => void)[]>();

  constructor(private readonly level: () => string) {}

  /** Calls the handlers of `type` with `args`, each on its own task (a throwing handler is reported). */
  raise(type: string, args: unknown): void {
    for (const handler of this.handlers.get(type) ?? []) {
      setTimeout(() => handler(args), 0);
    }
  }

  members(gate: CallGate): Pick<Office.Mailbox, 'addHandlerAsync' | 'removeHandlerAsync'> {
    const supported = (type: unknown): string => {
      const name = String(type);
      const min = MIN_LEVEL[name];
      if (!min || !versionAtLeast(this.level(), min)) throw new OfficeFailure(9032);
      return name;
    };
    return {
      addHandlerAsync: officeAsync<Office.Mailbox['addHandlerAsync']>(gate, {
        method: 'mailbox.addHandlerAsync',
        fixed: 2,
        callbackRequired: false,
        run: async ([type, handler]) => {
          const name = supported(type);
          if (typeof handler !== 'function') throw new OfficeFailure(9031);
          this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler as (args: unknown) => void]);
          await Promise.resolve();
        },
      }),
      removeHandlerAsync: officeAsync<Office.Mailbox['removeHandlerAsync']>(gate, {
        method: 'mailbox.removeHandlerAsync',
        fixed: 1,
        callbackRequired: false,
        run: async ([type]) => {
          this.handlers.delete(supported(type));
          await Promise.resolve();
        },
      }),
    };
  }
}
