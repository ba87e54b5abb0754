/** What a device window shows: the state React renders (immutable; replaced on every change). */
import type { ManifestVersion, RibbonControl } from '../../shared/addinManifest';
import type { FolderName } from '../../shared/mailMessage';
import type { SessionSnapshot } from '../../shared/sessionState';
import type { ComposeState } from './composeState';
import type { SmartAlert } from './smartAlert';

export interface PaneState {
  readonly control: RibbonControl;
  readonly url: string;
  readonly supportsPinning: boolean;
  readonly pinned: boolean;
  /** Changes when the pane must load anew. */
  readonly key: number;
}

/** A message Outlook itself shows on an item (not the add-in's): "working on your request", a timeout. */
export interface ClientNotice {
  readonly id: number;
  readonly itemKey: string;
  readonly kind: 'progress' | 'error';
  readonly message: string;
}

export interface DeviceView {
  readonly status: 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly device: string;
  readonly session: string;
  readonly snapshot: SessionSnapshot | null;
  /** The manifest's VersionOverrides this client uses (null: no add-in commands). */
  readonly addin: ManifestVersion | null;
  readonly addinName: string;
  readonly folder: FolderName;
  readonly selectedId: string | null;
  readonly compose: ComposeState | null;
  readonly pane: PaneState | null;
  readonly notices: readonly ClientNotice[];
  readonly alert: SmartAlert | null;
  readonly sending: boolean;
  readonly narrowPane: boolean;
  readonly howTo: boolean;
  /** Problems the add-in caused that Outlook would not report (newest first, a few). */
  readonly warnings: readonly string[];
  /** A message for the user about the workbench itself (bad fixture, server unreachable…). */
  readonly banner: string | null;
}
