/**
 * Reads the add-in manifest (XML, add-in only) into the workbench's AddinManifest: both
 * VersionOverrides (1.0 and the nested 1.1), their read/compose ribbon buttons with labels, supertips
 * and icons resolved from Resources, the function file and the launch events. A missing resid or an
 * unknown action is refused with a message that says where.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fail, ok, type Result } from '../../src/shared/result';
import type {
  AddinManifest,
  LaunchEvent,
  ManifestVersion,
  RibbonAction,
  RibbonControl,
  RibbonGroup,
  SendMode,
} from '../shared/addinManifest';

type Node = Record<string, unknown>;

const LISTS = new Set(['ExtensionPoint', 'Group', 'Control', 'Image', 'Url', 'String', 'LaunchEvent', 'Set']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => LISTS.has(name),
});

function node(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function nodes(value: unknown): Node[] {
  return Array.isArray(value) ? value.map(node).filter((n): n is Node => n !== undefined) : [];
}

function attr(n: Node | undefined, name: string): string | undefined {
  const value = n?.[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  const n = node(value);
  const inner = n?.['#text'];
  return typeof inner === 'string' ? inner.trim() : undefined;
}

class Resources {
  private readonly table = new Map<string, string>();

  constructor(resources: Node | undefined) {
    const lists: [string, string][] = [
      ['Images', 'Image'],
      ['Urls', 'Url'],
      ['ShortStrings', 'String'],
      ['LongStrings', 'String'],
    ];
    for (const [group, item] of lists) {
      for (const entry of nodes(node(resources?.[group])?.[item])) {
        const id = attr(entry, 'id');
        const value = attr(entry, 'DefaultValue');
        if (id !== undefined && value !== undefined) this.table.set(`${group}:${id}`, value);
      }
    }
  }

  resolve(
    group: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings',
    resid: string | undefined,
    where: string,
  ) {
    const value = resid === undefined ? undefined : this.table.get(`${group}:${resid}`);
    if (value === undefined) {
      throw new Error(`${where}: resid "${resid ?? '(none)'}" is not defined in Resources/${group}`);
    }
    return value;
  }
}

function readAction(control: Node, res: Resources, where: string): RibbonAction {
  const action = node(control['Action']);
  const kind = attr(action, 'type');
  if (kind === 'ExecuteFunction') {
    const functionName = text(action?.['FunctionName']);
    if (!functionName) throw new Error(`${where}: ExecuteFunction has no FunctionName`);
    return { kind: 'executeFunction', functionName };
  }
  if (kind === 'ShowTaskpane') {
    const source = attr(node(action?.['SourceLocation']), 'resid');
    return {
      kind: 'showTaskpane',
      url: res.resolve('Urls', source, `${where} SourceLocation`),
      supportsPinning: text(action?.['SupportsPinning']) === 'true',
    };
  }
  throw new Error(`${where}: action type "${kind ?? '(none)'}" is not ExecuteFunction or ShowTaskpane`);
}

function readControl(control: Node, res: Resources, where: string): RibbonControl {
  const id = attr(control, 'id') ?? '(no id)';
  const at = `${where} Control ${id}`;
  const supertip = node(control['Supertip']);
  const icons = nodes(node(control['Icon'])?.['Image']).map((image) => ({
    size: Number(attr(image, 'size')),
    url: res.resolve('Images', attr(image, 'resid'), `${at} Icon`),
  }));
  return {
    id,
    label: res.resolve('ShortStrings', attr(node(control['Label']), 'resid'), `${at} Label`),
    supertip: {
      title: res.resolve('ShortStrings', attr(node(supertip?.['Title']), 'resid'), `${at} Supertip Title`),
      description: res.resolve(
        'LongStrings',
        attr(node(supertip?.['Description']), 'resid'),
        `${at} Supertip Description`,
      ),
    },
    icons,
    action: readAction(control, res, at),
  };
}

function readGroups(point: Node | undefined, res: Resources, where: string): RibbonGroup[] {
  if (!point) return [];
  const tab = node(point['OfficeTab']) ?? node(point['CustomTab']);
  return nodes(tab?.['Group']).map((group) => {
    const id = attr(group, 'id') ?? '(no id)';
    return {
      id,
      label: res.resolve('ShortStrings', attr(node(group['Label']), 'resid'), `${where} Group ${id} Label`),
      controls: nodes(group['Control']).map((c) => readControl(c, res, `${where} Group ${id}`)),
    };
  });
}

function readLaunchEvents(point: Node | undefined): LaunchEvent[] {
  const events = nodes(node(point?.['LaunchEvents'])?.['LaunchEvent']);
  return events.map((event) => {
    const type = attr(event, 'Type') ?? '';
    const mode = attr(event, 'SendMode');
    const sendMode: SendMode | null =
      mode === 'PromptUser' || mode === 'SoftBlock' || mode === 'Block'
        ? mode
        : type === 'OnMessageSend'
          ? 'SoftBlock'
          : null;
    return { type, functionName: attr(event, 'FunctionName') ?? '', sendMode };
  });
}

function readVersion(overrides: Node, version: '1.0' | '1.1'): ManifestVersion {
  const where = `VersionOverrides ${version}`;
  const res = new Resources(node(overrides['Resources']));
  const host = node(node(overrides['Hosts'])?.['Host']);
  const desktop = node(host?.['DesktopFormFactor']);
  const points = nodes(desktop?.['ExtensionPoint']);
  const point = (type: string) => points.find((p) => attr(p, 'type') === type);
  const functionFile = attr(node(desktop?.['FunctionFile']), 'resid');
  const sets = node(node(overrides['Requirements'])?.['Sets']);
  return {
    version,
    minMailbox: attr(sets, 'DefaultMinVersion') ?? '1.1',
    functionFileUrl:
      functionFile === undefined ? null : res.resolve('Urls', functionFile, `${where} FunctionFile`),
    read: readGroups(point('MessageReadCommandSurface'), res, `${where} MessageReadCommandSurface`),
    compose: readGroups(point('MessageComposeCommandSurface'), res, `${where} MessageComposeCommandSurface`),
    launchEvents: readLaunchEvents(point('LaunchEvent')),
  };
}

/** Parses manifest.xml text. */
export function manifestParse(xml: string): Result<AddinManifest> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return fail(`manifest.xml is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const app = node(node(parser.parse(xml) as unknown)?.['OfficeApp']);
  if (!app) return fail('manifest.xml has no OfficeApp element');
  try {
    const outer = node(app['VersionOverrides']);
    const inner = node(outer?.['VersionOverrides']);
    const versions: ManifestVersion[] = [];
    if (outer) versions.push(readVersion(outer, '1.0'));
    if (inner) versions.push(readVersion(inner, '1.1'));
    return ok({
      id: text(app['Id']) ?? '',
      displayName: attr(node(app['DisplayName']), 'DefaultValue') ?? '',
      providerName: text(app['ProviderName']) ?? '',
      iconUrl: attr(node(app['IconUrl']), 'DefaultValue') ?? null,
      permissions: text(app['Permissions']) ?? 'Restricted',
      versions,
    });
  } catch (error: unknown) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
