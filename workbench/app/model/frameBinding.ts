/**
 * The device side of the host contract (shared/hostApi.ts) for one frame: its item (fixed for a
 * command run, the device's current item for the task pane), the item operations against the compose
 * form or the server, roaming load/save, the fault gate, and the frame's event listeners.
 */
import type {
  FrameBinding,
  HostClient,
  HostDispatch,
  HostFailure,
  HostItem,
  HostPerson,
  RecipientField,
  RecipientFieldsChanged,
} from '../../shared/hostApi';
import type { MailPerson } from '../../shared/mailMessage';
import type { SessionSnapshot } from '../../shared/sessionState';
import type { ComposeState } from './composeState';
import { bodyAs, composeBodyGet, composeBodyPrepend, composeBodySet, composeBodyType } from './composeState';
import { itemRefId, type ItemRef } from './itemRef';
import type { DraftRequest } from '../../shared/draftTypes';
import { SessionApiError, type SessionApi } from './sessionApi';

/** What a frame binding needs from its device. */
export interface DeviceCore {
  readonly device: string;
  readonly api: SessionApi;
  snapshot(): SessionSnapshot;
  client(): HostClient;
  currentRef(): ItemRef | null;
  hostItem(ref: ItemRef | null): HostItem | null;
  compose(draftId: string): ComposeState | null;
  composeChange(draftId: string, change: (c: ComposeState) => ComposeState): void;
  composeSave(draftId: string): Promise<ComposeState>;
  composeOpen(request: DraftRequest): Promise<void>;
  messageOpen(id: string): boolean;
  warn(message: string): void;
}

export interface FrameRecord {
  readonly id: number;
  readonly kind: 'taskpane' | 'commands';
  readonly launchEvent: boolean;
  readonly element: HTMLIFrameElement;
  /** The item of a command run; null: the task pane, which follows the device's selection. */
  readonly fixedRef: ItemRef | null;
  itemChanged?: () => void;
  themeChanged?: () => void;
  recipientsChanged?: (fields: RecipientFieldsChanged) => void;
  dispatcher?: (request: HostDispatch, complete: (options: unknown) => void) => boolean;
  isReady: boolean;
  whenReady?: () => void;
}

/** A rejection the runtime reports as a failed AsyncResult with this Office code. */
export function hostFailure(code: number, message = ''): HostFailure & Error {
  return new SessionApiError(message, code, 0);
}

const ITEM_CHANGED = 9030;
const NOT_SUPPORTED = 9032;
const ITEM_NOT_SAVED = 9046;
const RECIPIENTS_PER_FIELD = 500;

function people(list: readonly MailPerson[]): HostPerson[] {
  return list.map((p) => ({ displayName: p.name, emailAddress: p.email }));
}

function mail(list: readonly HostPerson[]): MailPerson[] {
  return list.map((p) => ({ name: p.displayName, email: p.emailAddress }));
}

export function createFrameBinding(record: FrameRecord, core: DeviceCore): FrameBinding {
  const ref = () => record.fixedRef ?? core.currentRef();
  const composeRef = (): ComposeState => {
    const r = ref();
    const compose = r?.kind === 'compose' ? core.compose(r.draftId) : null;
    if (!compose) throw hostFailure(r?.kind === 'read' ? NOT_SUPPORTED : ITEM_CHANGED);
    return compose;
  };
  const change = (apply: (c: ComposeState) => ComposeState) => {
    const c = composeRef();
    core.composeChange(c.draftId, apply);
    return Promise.resolve();
  };
  const itemId = (): string => {
    const r = ref();
    if (!r) throw hostFailure(ITEM_CHANGED);
    return itemRefId(r);
  };
  const setRecipients = (field: RecipientField, list: readonly HostPerson[]) => {
    if (list.length > RECIPIENTS_PER_FIELD) throw hostFailure(9012);
    return change((c) => ({ ...c, [field]: mail(list) }));
  };
  const async = <T>(run: () => T | Promise<T>): Promise<T> => {
    try {
      return Promise.resolve(run());
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  return {
    kind: record.kind,
    launchEvent: record.launchEvent,
    client: () => core.client(),
    clockOffsetMs: () => core.snapshot().clock.offsetMs,
    item: () => core.hostItem(ref()),
    async callGate(method: string) {
      const faults = core.snapshot().faults;
      const slow = faults.find((f) => f.kind === 'slowCalls');
      if (slow) await new Promise((resolve) => setTimeout(resolve, slow.delayMs));
      if (!faults.some((f) => f.kind === 'officeCallFails' && f.method === method)) return null;
      const { fault } = await core.api.faultTake(method);
      return fault?.kind === 'officeCallFails' ? { code: fault.code, message: '' } : null;
    },

    recipientsGet: (field) => async(() => people(composeRef()[field])),
    recipientsSet: (field, list) => async(() => setRecipients(field, list)),
    recipientsAdd: (field, list) =>
      async(() => setRecipients(field, [...people(composeRef()[field]), ...list])),
    subjectGet: () => async(() => composeRef().subject),
    subjectSet: (subject) => async(() => change((c) => ({ ...c, subject }))),
    bodyGet: (coercion) =>
      async(async () => {
        const r = ref();
        if (r?.kind === 'read') {
          const message = await core.api.message(r.id);
          return bodyAs(message.body, message.bodyHtml ?? null, coercion);
        }
        return composeBodyGet(composeRef(), coercion);
      }),
    bodySet: (data, coercion) => async(() => change((c) => composeBodySet(c, data, coercion))),
    bodyPrepend: (data, coercion) => async(() => change((c) => composeBodyPrepend(c, data, coercion))),
    bodyType: () => async(() => composeBodyType(composeRef())),
    fromGet: () => async(() => people([composeRef().from])[0] as HostPerson),
    headersGet: (names) =>
      async(() => {
        const headers = composeRef().headers;
        const out: Record<string, string> = {};
        for (const name of names) {
          const found = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
          if (found !== undefined) out[name] = headers[found] ?? '';
        }
        return out;
      }),
    headersSet: (headers) => async(() => change((c) => ({ ...c, headers: { ...c.headers, ...headers } }))),
    headersRemove: (names) =>
      async(() =>
        change((c) => ({
          ...c,
          headers: Object.fromEntries(
            Object.entries(c.headers).filter(
              ([k]) => !names.some((n) => n.toLowerCase() === k.toLowerCase()),
            ),
          ),
        })),
      ),
    headersAll: () => async(() => core.api.headers(itemId())),
    itemSave: () => async(async () => (await core.composeSave(composeRef().draftId)).draftId),
    itemIdGet: () =>
      async(() => {
        const r = ref();
        if (r?.kind === 'read') return r.id;
        const c = composeRef();
        if (!c.saved) throw hostFailure(ITEM_NOT_SAVED, "The id can't be retrieved until the item is saved.");
        return c.draftId;
      }),
    customPropertiesLoad: () =>
      async(async () => ({ ...(await core.api.message(itemId())).customProperties })),
    customPropertiesSave: (properties) => async(() => core.api.customPropertiesSave(itemId(), properties)),
    notifications: (request) =>
      async(() =>
        request.op === 'getAll'
          ? core.api.notificationsGet(itemId())
          : core.api.notifications(itemId(), request),
      ),
    displayReplyForm: (all, htmlBody) =>
      async(() => {
        const r = ref();
        if (r?.kind !== 'read') throw hostFailure(NOT_SUPPORTED);
        return core.composeOpen({
          kind: all ? 'replyAll' : 'reply',
          originalId: r.id,
          ...(htmlBody !== undefined ? { htmlBody } : {}),
        });
      }),
    displayNewMessageForm: (request) =>
      async(() =>
        core.composeOpen({
          kind: 'new',
          to: mail(request.to),
          cc: mail(request.cc),
          bcc: mail(request.bcc),
          ...(request.subject !== undefined ? { subject: request.subject } : {}),
          ...(request.htmlBody !== undefined ? { htmlBody: request.htmlBody } : {}),
        }),
      ),
    displayMessageForm: (id) =>
      async(() => {
        if (!core.messageOpen(id))
          throw hostFailure(9049, 'The item does not exist or has not been created.');
      }),
    roamingLoad: () => core.api.roamingLoad(),
    roamingSave: (values) => core.api.roamingSave(values),

    onItemChanged(listener) {
      record.itemChanged = listener;
    },
    onThemeChanged(listener) {
      record.themeChanged = listener;
    },
    onRecipientsChanged(listener) {
      record.recipientsChanged = listener;
    },
    setDispatcher(dispatch) {
      record.dispatcher = dispatch;
    },
    ready() {
      record.isReady = true;
      record.whenReady?.();
    },
    warn: (message) => core.warn(message),
  };
}
