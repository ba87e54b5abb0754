import { createPaneEvents } from '../../../../src/shared/office/paneEvents';
import { failed, installOfficeGlobal, succeeded } from '../../officeGlobal';

type Handler = (args: unknown) => void;

function installItem(item: unknown): void {
  installOfficeGlobal({
    EventType: { RecipientsChanged: 'olkRecipientsChanged' },
    context: { mailbox: { item } },
  });
}

describe('paneEvents.onRecipientsChanged', () => {
  it('listens on the compose item and unsubscribes', async () => {
    const handlers: Handler[] = [];
    const removed: string[] = [];
    installItem({
      addHandlerAsync: (type: string, handler: Handler, cb: (r: unknown) => void) => {
        expect(type).toBe('olkRecipientsChanged');
        handlers.push(handler);
        cb(succeeded(undefined));
      },
      removeHandlerAsync: (type: string) => removed.push(type),
    });
    const listener = jest.fn();
    const off = await createPaneEvents().onRecipientsChanged(listener);
    handlers[0]?.({ changedRecipientFields: { to: true } });
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    expect(removed).toEqual(['olkRecipientsChanged']);
  });

  it.each([
    ['no item', null],
    ['a client without item events (before Mailbox 1.7)', {}],
    [
      'a refusal',
      {
        addHandlerAsync: (_t: string, _h: Handler, cb: (r: unknown) => void) =>
          cb(failed(9032, 'not supported')),
      },
    ],
  ])('does nothing with %s', async (_label, item) => {
    installItem(item);
    const off = await createPaneEvents().onRecipientsChanged(jest.fn());
    expect(() => off()).not.toThrow();
  });
});
