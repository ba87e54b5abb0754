/** What the running Outlook supports, from Office.context.requirements.isSetSupported. */
import type { Capabilities } from '../ports';

function supported(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/** Reads the capabilities once (they do not change while the add-in runs). */
export function officeCapabilities(): Capabilities {
  return {
    onSendEvent: supported('Mailbox', '1.12'),
    insightNotices: supported('Mailbox', '1.10'),
    pinning: supported('Mailbox', '1.5'),
    internetHeaders: supported('Mailbox', '1.8'),
    nestedAppAuth: supported('NestedAppAuth', '1.1'),
  };
}
