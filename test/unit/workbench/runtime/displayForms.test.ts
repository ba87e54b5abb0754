import type { FrameBinding, NewMessageRequest } from '../../../../workbench/shared/hostApi';
import { createMailboxForms } from '../../../../workbench/runtime/displayForms';
import type { CallGate } from '../../../../workbench/runtime/officeAsync';
import { thrownLike } from './thrownLike';

const open: CallGate = () => Promise.resolve(null);

function fakeBinding(launchEvent: boolean) {
  const opened: NewMessageRequest[] = [];
  const warnings: string[] = [];
  const binding = {
    launchEvent,
    displayNewMessageForm: (request: NewMessageRequest) => {
      opened.push(request);
      return Promise.resolve();
    },
    displayMessageForm: () => Promise.resolve(),
    warn: (message: string) => warnings.push(message),
  } as unknown as FrameBinding;
  return { binding, opened, warnings };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('display forms', () => {
  it('open a new message with the recipients and subject given', async () => {
    const { binding, opened } = fakeBinding(false);
    const forms = createMailboxForms(binding, open);
    forms.displayNewMessageForm({ toRecipients: ['priya@contoso.example'], subject: 'Call?' });
    await settle();
    expect(opened).toEqual([
      {
        to: [{ displayName: 'priya@contoso.example', emailAddress: 'priya@contoso.example' }],
        cc: [],
        bcc: [],
        subject: 'Call?',
      },
    ]);
  });

  it('are blocked in a launch-event handler: the Async form fails with 9032, the plain one does nothing', async () => {
    const { binding, opened, warnings } = fakeBinding(true);
    const forms = createMailboxForms(binding, open);
    const result = await new Promise<Office.AsyncResult<void>>((resolve) =>
      forms.displayNewMessageFormAsync({}, resolve),
    );
    expect(result.error.code).toBe(9032);
    forms.displayNewMessageForm({ subject: 'x' });
    await settle();
    expect(opened).toEqual([]);
    expect(warnings).toHaveLength(2);
  });

  it('check their arguments as office.js does', () => {
    const forms = createMailboxForms(fakeBinding(false).binding, open);
    expect(() => forms.displayNewMessageForm({ subject: 's'.repeat(256) })).toThrow(
      thrownLike({ name: 'Sys.ArgumentOutOfRangeException' }),
    );
    expect(() => forms.displayMessageForm('')).toThrow(
      thrownLike({ name: 'Sys.ArgumentException', paramName: 'itemId' }),
    );
  });
});
