/**
 * What a manifest defines and references, read from its XML: resource ids per VersionOverrides,
 * the resid references that must resolve against them, and the function names Outlook will call.
 * The XSD does not check any of this (platform.md).
 */
import { XMLParser } from 'fast-xml-parser';

/** One resid reference, with the VersionOverrides it sits in. */
export interface ResidReference {
  readonly resid: string;
  readonly element: string;
  readonly scope: string;
  /** How many earlier references name the same resid (to find this one's line). */
  readonly occurrence: number;
}

export interface ManifestReferences {
  /** Resource ids defined by each VersionOverrides (scope name → ids). */
  readonly resources: ReadonlyMap<string, ReadonlySet<string>>;
  readonly references: readonly ResidReference[];
  /** Ids defined twice in one scope. */
  readonly duplicateIds: readonly { id: string; scope: string }[];
  /** ExecuteFunction FunctionName texts and LaunchEvent FunctionName attributes. */
  readonly functionNames: readonly { name: string; source: 'ExecuteFunction' | 'LaunchEvent' }[];
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function tagOf(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

function childrenOf(node: OrderedNode, tag: string): OrderedNode[] {
  const value = node[tag];
  return Array.isArray(value) ? (value as OrderedNode[]) : [];
}

function textOf(node: OrderedNode, tag: string): string {
  return childrenOf(node, tag)
    .map((child) =>
      typeof child['#text'] === 'string' || typeof child['#text'] === 'number' ? String(child['#text']) : '',
    )
    .join('')
    .trim();
}

/** Reads the references out of manifest XML text. Throws on XML that does not parse. */
export function manifestReferences(xml: string): ManifestReferences {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const tree = parser.parse(xml) as OrderedNode[];
  const resources = new Map<string, Set<string>>();
  const references: ResidReference[] = [];
  const duplicateIds: { id: string; scope: string }[] = [];
  const functionNames: { name: string; source: 'ExecuteFunction' | 'LaunchEvent' }[] = [];
  let scopeCount = 0;
  const residSeen = new Map<string, number>();

  const walk = (nodes: OrderedNode[], scope: string, inResources: boolean): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (!tag || tag === '#text' || tag === '#comment') continue;
      const attributes = node[':@'] ?? {};
      let childScope = scope;
      if (tag === 'VersionOverrides') {
        scopeCount += 1;
        childScope = `VersionOverrides ${attributes['xsi:type'] ?? attributes['type'] ?? `#${scopeCount}`}`;
        resources.set(childScope, new Set());
      }
      const childInResources = inResources || tag === 'Resources';
      if (childInResources && typeof attributes['id'] === 'string') {
        const ids = resources.get(scope) ?? new Set<string>();
        if (ids.has(attributes['id'])) duplicateIds.push({ id: attributes['id'], scope });
        ids.add(attributes['id']);
        resources.set(scope, ids);
      }
      if (!childInResources && typeof attributes['resid'] === 'string') {
        const occurrence = residSeen.get(attributes['resid']) ?? 0;
        residSeen.set(attributes['resid'], occurrence + 1);
        references.push({ resid: attributes['resid'], element: tag, scope, occurrence });
      }
      if (tag === 'FunctionName') functionNames.push({ name: textOf(node, tag), source: 'ExecuteFunction' });
      if (tag === 'LaunchEvent' && typeof attributes['FunctionName'] === 'string') {
        functionNames.push({ name: attributes['FunctionName'], source: 'LaunchEvent' });
      }
      walk(childrenOf(node, tag), childScope, childInResources);
    }
  };
  walk(tree, 'base manifest', false);
  return { resources, references, duplicateIds, functionNames };
}
