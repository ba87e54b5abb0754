/**
 * What the workbench reads from the add-in's manifest.xml: the ribbon buttons of the read and compose
 * surfaces, the function file, the launch events. The server parses the served manifest
 * (server/manifestParse.ts); the device picks the VersionOverrides its client level supports.
 */
import { LAUNCH_EVENT_MIN_MAILBOX, versionAtLeast } from './requirementVersion';

export interface RibbonIcon {
  readonly size: number;
  readonly url: string;
}

export type RibbonAction =
  | { readonly kind: 'showTaskpane'; readonly url: string; readonly supportsPinning: boolean }
  | { readonly kind: 'executeFunction'; readonly functionName: string };

export interface RibbonControl {
  readonly id: string;
  readonly label: string;
  readonly supertip: { readonly title: string; readonly description: string };
  readonly icons: readonly RibbonIcon[];
  readonly action: RibbonAction;
}

export interface RibbonGroup {
  readonly id: string;
  readonly label: string;
  readonly controls: readonly RibbonControl[];
}

export type SendMode = 'PromptUser' | 'SoftBlock' | 'Block';

export interface LaunchEvent {
  readonly type: string;
  readonly functionName: string;
  /** OnMessageSend only; SoftBlock when the manifest does not say (Office's default). */
  readonly sendMode: SendMode | null;
}

/** One VersionOverrides element (1.0, or the 1.1 nested inside it). */
export interface ManifestVersion {
  readonly version: '1.0' | '1.1';
  /** Its Requirements' DefaultMinVersion for Mailbox. */
  readonly minMailbox: string;
  readonly functionFileUrl: string | null;
  readonly read: readonly RibbonGroup[];
  readonly compose: readonly RibbonGroup[];
  readonly launchEvents: readonly LaunchEvent[];
}

export interface AddinManifest {
  readonly id: string;
  readonly displayName: string;
  readonly providerName: string;
  readonly iconUrl: string | null;
  readonly permissions: string;
  /** Ordered 1.0 first; 1.1 when present. */
  readonly versions: readonly ManifestVersion[];
}

/**
 * The VersionOverrides a client at Mailbox `level` uses: the highest it supports, with the launch
 * events its level knows (a 1.8 client has none). Null when the client supports none.
 */
export function manifestForLevel(manifest: AddinManifest, level: string): ManifestVersion | null {
  const usable = manifest.versions.filter((v) => versionAtLeast(level, v.minMailbox));
  const chosen = usable[usable.length - 1];
  if (!chosen) return null;
  return {
    ...chosen,
    launchEvents: chosen.launchEvents.filter((e) =>
      versionAtLeast(level, LAUNCH_EVENT_MIN_MAILBOX[e.type] ?? '99'),
    ),
  };
}

/** All controls of a surface, in ribbon order. */
export function ribbonControls(groups: readonly RibbonGroup[]): RibbonControl[] {
  return groups.flatMap((g) => g.controls);
}

/** The path (and query) of a manifest URL, to load it from the origin the workbench is served on. */
export function servedPath(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
