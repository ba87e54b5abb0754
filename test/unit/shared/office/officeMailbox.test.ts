import { createOfficeMailbox } from '../../../../src/shared/office/officeMailbox';
import { failed, installOfficeGlobal, succeeded } from '../../officeGlobal';

type Callback<T> = (result: Office.AsyncResult<T>) => void;

function person(displayName: string, emailAddress: string): Office.EmailAddressDetails {
  return { displayName, emailAddress } as Office.EmailAddressDetails;
}

function withItem(item: unknown): void {
  installOfficeGlobal({ context: { mailbox: { item } } });
}

describe('createOfficeMailbox', () => {
  it('returns null when no item is open (pinned pane, nothing selected)', async () => {
    withItem(null);
    await expect(createOfficeMailbox().currentItem()).resolves.toBeNull();
  });

  it('reads a read-mode message synchronously from its properties', async () => {
    withItem({ subject: 'Quarterly review', to: [person('Ana', 'ana@contoso.example')], cc: [] });
    await expect(createOfficeMailbox().currentItem()).resolves.toEqual({
      mode: 'read',
      subject: 'Quarterly review',
      to: [{ displayName: 'Ana', emailAddress: 'ana@contoso.example' }],
      cc: [],
    });
  });

  it('reads a compose-mode message through getAsync', async () => {
    withItem({
      subject: { getAsync: (cb: Callback<string>) => cb(succeeded('Draft')) },
      to: {
        getAsync: (cb: Callback<Office.EmailAddressDetails[]>) =>
          cb(succeeded([person('', 'bo@fabrikam.example')])),
      },
      cc: { getAsync: (cb: Callback<Office.EmailAddressDetails[]>) => cb(succeeded([])) },
    });
    await expect(createOfficeMailbox().currentItem()).resolves.toEqual({
      mode: 'compose',
      subject: 'Draft',
      to: [{ displayName: '', emailAddress: 'bo@fabrikam.example' }],
      cc: [],
    });
  });

  it('rejects with the failing operation when a compose read fails', async () => {
    withItem({
      subject: { getAsync: (cb: Callback<string>) => cb(succeeded('Draft')) },
      to: { getAsync: (cb: Callback<Office.EmailAddressDetails[]>) => cb(failed(9041, 'network')) },
      cc: { getAsync: (cb: Callback<Office.EmailAddressDetails[]>) => cb(succeeded([])) },
    });
    await expect(createOfficeMailbox().currentItem()).rejects.toMatchObject({
      operation: 'item.to.getAsync',
      code: 9041,
    });
  });
});
