/**
 * One Outlook window of a workbench session: it follows the session (change stream → /state), holds
 * what this window shows (folder, selection, compose form, task pane, dialogs), hosts the add-in's
 * frames (shared/hostApi.ts) and runs the add-in's commands and launch events. React renders its view.
 */
import { manifestForLevel } from '../../shared/addinManifest';
import type { DraftRequest } from '../../shared/draftTypes';
import { WORKBENCH_HOST_KEY, type HostClient, type HostItem, type WorkbenchHost } from '../../shared/hostApi';
import type { FolderName, MailMessage, MailPerson } from '../../shared/mailMessage';
import type { Fault, SessionSnapshot, WorkbenchSettings } from '../../shared/sessionState';
import { AddinSurfaces } from './addinSurfaces';
import { CommandRunner, FrameRegistry } from './commandRunner';
import { composeFields, composeFromDraft, composeBodyTyped, type ComposeState } from './composeState';
import type { DeviceView } from './deviceView';
import { hostFailure, type DeviceCore } from './frameBinding';
import { hostReadItem, itemRefId, itemRefKey, type ItemRef } from './itemRef';
import { SendFlow } from './sendFlow';
import { createSessionApi, type SessionApi } from './sessionApi';
import type { SmartAlertButton } from './smartAlert';
import { THEME_COLORS } from './themeColors';

/**
 * The device's own small preferences. Storage can be unavailable (device B inside the side-by-side
 * page is a third-party frame, and private windows block third-party storage): then they are not kept.
 */
function remembered(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // not kept, see remembered()
  }
}
const HOW_TO_KEY = 'workbench.howTo.dismissed';

export class DeviceStore implements DeviceCore {
  readonly api: SessionApi;
  readonly host: WorkbenchHost;
  private view: DeviceView;
  private readonly listeners = new Set<() => void>();
  private readonly frames: FrameRegistry;
  private readonly runner: CommandRunner;
  private readonly sendFlow: SendFlow;
  /** Ribbon buttons, task pane, function runs and launch events (components call it directly). */
  readonly addin: AddinSurfaces;
  private fetching: Promise<void> | null = null;
  private refetch = false;

  constructor(
    readonly session: string,
    readonly device: string,
  ) {
    this.api = createSessionApi(session, device);
    this.frames = new FrameRegistry(this);
    this.runner = new CommandRunner(this.frames, () => document.body);
    this.host = { attach: (frame) => this.frames.attach(frame) };
    this.addin = new AddinSurfaces(
      {
        session,
        view: () => this.view,
        set: (patch) => this.set(patch),
        settings: () => this.settings(),
        currentRef: () => this.currentRef(),
        log: (kind, detail) => this.log(kind, detail),
        warn: (message) => this.warn(message),
      },
      this.frames,
      this.runner,
    );
    this.sendFlow = new SendFlow({
      addinName: () => this.view.addinName,
      sendMode: () => this.view.addin?.launchEvents.find((e) => e.type === 'OnMessageSend')?.sendMode ?? null,
      longRunningNoticeMs: () => this.settings().longRunningNoticeSeconds * 1000,
      runOnSend: () => this.addin.launch('OnMessageSend', this.settings().onSendTimeoutSeconds * 1000),
      commit: () => this.commitSend(),
      runCommand: (commandId) => this.addin.runCommandById(commandId),
      setAlert: (alert) => this.set({ alert }),
      setSending: (sending) => this.set({ sending }),
      log: (kind, detail) => this.log(kind, detail),
      warn: (message) => this.warn(message),
    });
    this.view = {
      status: 'loading',
      error: null,
      device,
      session,
      snapshot: null,
      addin: null,
      addinName: 'Add-in',
      folder: 'inbox',
      selectedId: null,
      compose: null,
      pane: null,
      notices: [],
      alert: null,
      sending: false,
      narrowPane: false,
      howTo: remembered(HOW_TO_KEY) !== 'yes',
      warnings: [],
      banner: null,
    };
  }

  // ---- React binding -------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): DeviceView => this.view;

  private set(patch: Partial<DeviceView>): void {
    const before = this.view.compose;
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
    const after = this.view.compose;
    if (before && after && before.draftId === after.draftId) {
      const fields = {
        to: before.to !== after.to,
        cc: before.cc !== after.cc,
        bcc: before.bcc !== after.bcc,
      };
      // RecipientsChanged (Mailbox 1.7) for the frames bound to this compose form.
      if (fields.to || fields.cc || fields.bcc)
        for (const frame of this.frames.all()) frame.recipientsChanged?.(fields);
    }
  }

  // ---- session sync --------------------------------------------------------------------------

  /** Loads the session (after resetting it to `fixture` when given) and follows its changes. */
  async start(fixture: string | null): Promise<void> {
    (window as unknown as Record<string, WorkbenchHost>)[WORKBENCH_HOST_KEY] = this.host;
    try {
      if (fixture) await this.api.reset(fixture);
      await this.refresh();
    } catch (error: unknown) {
      this.set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
      return;
    }
    const events = new EventSource(this.api.eventsUrl);
    events.onmessage = (event: MessageEvent<string>) => {
      const { version } = JSON.parse(event.data) as { version: number };
      if (version !== this.view.snapshot?.version) void this.refresh();
    };
    events.onerror = () => this.set({ banner: 'Lost the connection to the workbench server; retrying…' });
    events.onopen = () => this.set({ banner: null });
  }

  /** Fetches /state (coalesced: one fetch at a time, one more if asked meanwhile). */
  refresh(): Promise<void> {
    if (this.fetching) {
      this.refetch = true;
      return this.fetching;
    }
    this.fetching = (async () => {
      do {
        this.refetch = false;
        this.apply(await this.api.state());
      } while (this.refetch);
    })().finally(() => {
      this.fetching = null;
    });
    return this.fetching;
  }

  private apply(snapshot: SessionSnapshot): void {
    const previous = this.view.snapshot;
    const manifest = 'manifest' in snapshot.addin ? snapshot.addin.manifest : null;
    const selectedGone =
      this.view.selectedId !== null && !snapshot.messages.some((m) => m.id === this.view.selectedId);
    this.set({
      status: 'ready',
      snapshot,
      addin: manifest ? manifestForLevel(manifest, snapshot.settings.requirementLevel) : null,
      addinName: manifest?.displayName || 'Add-in',
      banner: 'error' in snapshot.addin ? snapshot.addin.error : this.view.banner,
      ...(selectedGone ? { selectedId: null } : {}),
      ...(previous && previous.fixture !== snapshot.fixture ? { compose: null, pane: null } : {}),
    });
    // Tests wait on this to know the device has seen a change they made through the state API.
    document.documentElement.dataset['sessionVersion'] = String(snapshot.version);
    if (previous && previous.clock.offsetMs !== snapshot.clock.offsetMs) this.wakeFrames();
    if (previous && previous.settings.theme !== snapshot.settings.theme) {
      for (const frame of this.frames.all()) frame.themeChanged?.();
    }
  }

  /** The clock jumped: open frames get visibilitychange and focus, as after returning to Outlook. */
  private wakeFrames(): void {
    for (const frame of this.frames.all()) {
      const win = frame.element.contentWindow;
      if (!win) continue;
      win.document.dispatchEvent(new Event('visibilitychange'));
      win.dispatchEvent(new FocusEvent('focus'));
    }
  }

  // ---- DeviceCore (used by frame bindings) ---------------------------------------------------

  snapshot(): SessionSnapshot {
    if (!this.view.snapshot) throw hostFailure(9002, 'The workbench session is not loaded.');
    return this.view.snapshot;
  }

  settings(): WorkbenchSettings {
    return this.snapshot().settings;
  }

  client(): HostClient {
    const { settings, user, contacts } = this.snapshot();
    return {
      device: this.device,
      session: this.session,
      requirementLevel: settings.requirementLevel,
      displayLanguage: settings.displayLanguage,
      theme: THEME_COLORS[settings.theme],
      roamingQuota: settings.roamingQuota,
      roamingSetThrows: settings.roamingSetThrows,
      user: {
        displayName: user.name,
        emailAddress: user.email,
        timeZone: user.timeZone,
        accountType: 'enterprise',
      },
      lists: contacts.filter((c) => c.list).map((c) => c.email.toLowerCase()),
    };
  }

  currentRef(): ItemRef | null {
    if (this.view.compose) return { kind: 'compose', draftId: this.view.compose.draftId };
    return this.view.selectedId ? { kind: 'read', id: this.view.selectedId } : null;
  }

  hostItem(ref: ItemRef | null): HostItem | null {
    if (!ref) return null;
    if (ref.kind === 'compose') {
      const c = this.compose(ref.draftId);
      if (!c) return null;
      return {
        mode: 'compose',
        composeType: c.kind === 'new' ? 'newMail' : c.kind === 'forward' ? 'forward' : 'reply',
        conversationId: c.conversationId,
        inReplyTo: c.inReplyTo,
      };
    }
    const message = this.message(ref.id);
    return message ? hostReadItem(message) : null;
  }

  compose(draftId: string): ComposeState | null {
    return this.view.compose?.draftId === draftId ? this.view.compose : null;
  }

  composeChange(draftId: string, change: (c: ComposeState) => ComposeState): void {
    const c = this.compose(draftId);
    if (!c) throw hostFailure(9030, 'The compose form is closed.');
    this.set({ compose: change(c) });
  }

  async composeSave(draftId: string): Promise<ComposeState> {
    const c = this.compose(draftId);
    if (!c) throw hostFailure(9030, 'The compose form is closed.');
    const saved = await this.api.draftUpdate(draftId, composeFields(c), true);
    const now = this.compose(draftId);
    if (now) this.set({ compose: { ...now, saved: true, conversationId: saved.conversationId } });
    return this.compose(draftId) ?? c;
  }

  async composeOpen(request: DraftRequest): Promise<void> {
    await this.leave();
    const draft = await this.api.draftCreate(request);
    const original = request.originalId ? this.message(request.originalId) : null;
    this.show({ compose: composeFromDraft(draft, original), selectedId: null });
    this.addin.launch('OnNewMessageCompose', this.settings().commandTimeoutSeconds * 1000);
  }

  messageOpen(id: string): boolean {
    if (!this.message(id)) return false;
    void this.selectMessage(id);
    return true;
  }

  warn(message: string): void {
    this.set({ warnings: [message, ...this.view.warnings].slice(0, 5) });
    this.log('addin.warning', { message });
  }

  log(kind: string, detail: Record<string, unknown>): void {
    void this.api.log(kind, detail);
  }

  // ---- navigation and compose ----------------------------------------------------------------

  message(id: string): MailMessage | null {
    return this.view.snapshot?.messages.find((m) => m.id === id) ?? null;
  }

  /** Leaving the current item: a compose form is saved to Drafts; non-persistent notifications go. */
  private async leave(): Promise<void> {
    const ref = this.currentRef();
    if (!ref) return;
    const c = this.view.compose;
    try {
      if (c) await this.api.draftUpdate(c.draftId, composeFields(c), true);
      await this.api.notifications(itemRefId(ref), { op: 'leave' });
    } catch (error: unknown) {
      this.set({
        banner: `Could not save the draft: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /** Shows another item: the pinned pane gets ItemChanged, an unpinned pane closes (as in Outlook). */
  private show(patch: Partial<DeviceView>): void {
    const before = itemRefKey(this.currentRef());
    this.set(patch);
    if (itemRefKey(this.currentRef()) !== before) this.addin.selectionChanged();
  }

  async selectFolder(folder: FolderName): Promise<void> {
    await this.leave();
    this.show({ folder, selectedId: null, compose: null });
  }

  async selectMessage(id: string): Promise<void> {
    const message = this.message(id);
    if (!message || id === this.view.selectedId) return;
    await this.leave();
    if (message.draft) {
      const original = message.draft.originalId ? this.message(message.draft.originalId) : null;
      this.show({ folder: message.folder, compose: composeFromDraft(message, original), selectedId: null });
      return;
    }
    this.show({ folder: message.folder, selectedId: id, compose: null });
    if (!message.read) void this.api.markRead(id);
  }

  newMessage(): Promise<void> {
    return this.composeOpen({ kind: 'new' });
  }

  respond(kind: 'reply' | 'replyAll' | 'forward'): Promise<void> {
    const id = this.view.selectedId;
    return id ? this.composeOpen({ kind, originalId: id }) : Promise.resolve();
  }

  /** The user edited the compose form. */
  editCompose(patch: {
    to?: MailPerson[];
    cc?: MailPerson[];
    bcc?: MailPerson[];
    subject?: string;
    bodyText?: string;
  }): void {
    const c = this.view.compose;
    if (!c) return;
    const { bodyText, ...fields } = patch;
    const next = { ...c, ...fields };
    this.set({ compose: bodyText === undefined ? next : composeBodyTyped(next, bodyText) });
  }

  async discard(): Promise<void> {
    const c = this.view.compose;
    if (!c) return;
    await this.api.draftDiscard(c.draftId);
    this.show({ compose: null });
  }

  send(): Promise<void> {
    const c = this.view.compose;
    if (!c) return Promise.resolve();
    if (c.to.length + c.cc.length + c.bcc.length === 0) {
      this.addin.notice(
        itemRefKey(this.currentRef()),
        'error',
        'This message must have at least one recipient.',
      );
      return Promise.resolve();
    }
    const unresolved = [...c.to, ...c.cc, ...c.bcc].find((p) => p.email === '');
    if (unresolved) {
      // Outlook refuses to send until every name resolves to an address.
      this.addin.notice(
        itemRefKey(this.currentRef()),
        'error',
        `Outlook doesn't recognize "${unresolved.name}". Type an email address, then send.`,
      );
      return Promise.resolve();
    }
    return this.sendFlow.send();
  }

  chooseAlert(button: SmartAlertButton): Promise<void> {
    return this.sendFlow.choose(button);
  }

  private async commitSend(): Promise<void> {
    const c = this.view.compose;
    if (!c) return;
    const sent = await this.api.draftSend(c.draftId, composeFields(c));
    this.log('sent', { sentId: sent.id });
    this.show({ compose: null, folder: this.view.folder === 'drafts' ? 'sent' : this.view.folder });
  }

  // ---- controls ------------------------------------------------------------------------------

  simulate(
    messageId: string,
    kind: string,
    options: { recipient?: string; returnDate?: string } = {},
  ): Promise<void> {
    return this.api.answer(messageId, kind, options).then(() => undefined);
  }

  advanceClock(advance: { days?: number; hours?: number }): Promise<void> {
    return this.api.clockAdvance(advance).then(() => undefined);
  }

  changeSettings(patch: Partial<WorkbenchSettings>): Promise<void> {
    return this.api.settingsPatch(patch).then(() => undefined);
  }

  addFault(fault: Fault): Promise<void> {
    return this.api.faultAdd(fault).then(() => undefined);
  }

  clearFaults(): Promise<void> {
    return this.api.faultsClear().then(() => undefined);
  }

  dismissNotification(itemId: string, key: string): Promise<void> {
    return this.api.notifications(itemId, { op: 'dismiss', key }).then(() => undefined);
  }

  toggleNarrowPane(): void {
    this.set({ narrowPane: !this.view.narrowPane });
  }

  dismissHowTo(): void {
    remember(HOW_TO_KEY, 'yes');
    this.set({ howTo: false });
  }

  showHowTo(): void {
    this.set({ howTo: true });
  }
}
