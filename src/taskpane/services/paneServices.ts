/**
 * Everything the task pane's components use from outside, handed down through React context. The
 * composition root (index.tsx) builds it over Office; component tests build it over fakes.
 */
import type {
  Capabilities,
  ClockPort,
  ComposeItemPort,
  FormsPort,
  ItemContentPort,
  ItemPropertiesPort,
  MailboxPort,
  NotifierPort,
  RandomPort,
  SentCopyCachePort,
} from '../../shared/ports';
import type { PaneEvents } from '../../shared/office/paneEvents';
import type { LoadReport, Store } from '../../shared/storage/store';

/** Adapters bound to the item open now (rebuilt after ItemChanged). */
export interface ItemServices {
  readonly props: ItemPropertiesPort;
  readonly content: ItemContentPort;
  readonly notifier: NotifierPort;
  /** Present in compose mode. */
  readonly compose?: ComposeItemPort;
}

export interface PaneUser {
  readonly email: string;
  readonly name: string;
  /** BCP 47, from Office's display language (dates and times are shown in it). */
  readonly locale: string;
  /** Office's userProfile.accountType (Mailbox 1.6): 'enterprise', 'office365', 'outlookCom', 'gmail'. */
  readonly accountType?: string;
}

export interface PaneServices {
  readonly store: Store;
  /** What loading the store found (recovered writes, damaged data, read-only): shown once. */
  readonly loadReport: LoadReport;
  readonly clock: ClockPort;
  readonly mailbox: MailboxPort;
  readonly forms: FormsPort;
  readonly capabilities: Capabilities;
  readonly sentCopies: SentCopyCachePort;
  /** Tokens for follow-ups the pane starts (flag from the pane, track a sent message). */
  readonly random: RandomPort;
  readonly user: PaneUser;
  readonly events: Pick<
    PaneEvents,
    'onItemChanged' | 'onThemeChanged' | 'onRecipientsChanged' | 'theme' | 'initializationContext'
  >;
  itemServices(): ItemServices;
}
