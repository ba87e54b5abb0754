/** ItemContentPort over a read-mode item: internet headers (Mailbox 1.8) and the body as text. */
import { headersParse } from '../domain/mailHeaders';
import type { ItemContentPort } from '../ports';
import { officeCall } from './officeCall';

function readItem(): Office.MessageRead {
  const item = Office.context.mailbox.item as Office.MessageRead | null | undefined;
  if (!item) throw new Error('no item is open');
  return item;
}

/** Creates the content reader for the current read item. */
export function createItemContent(): ItemContentPort {
  return {
    async headers() {
      const raw = await officeCall<string>('item.getAllInternetHeadersAsync', (cb) =>
        readItem().getAllInternetHeadersAsync(cb),
      );
      return headersParse(raw);
    },
    bodyText: () =>
      officeCall<string>('item.body.getAsync', (cb) =>
        readItem().body.getAsync(Office.CoercionType.Text, cb),
      ),
  };
}
