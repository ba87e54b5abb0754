/** Turns a manifest's references into problems a developer can act on. */
import type { ManifestReferences } from './manifestReferences';

/** The XSD limit for resid and resource ids (ST_ResourceId: maxLength 32). */
export const RESID_MAX = 32;

export interface ManifestProblem {
  readonly message: string;
  /** Text to find the problem's line with, and which occurrence of it. */
  readonly anchor?: { readonly text: string; readonly occurrence: number };
}

/** Every resid that does not resolve, every duplicate or over-long id. */
export function residProblems(refs: ManifestReferences): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const ref of refs.references) {
    const anchor = { text: `resid="${ref.resid}"`, occurrence: ref.occurrence };
    const defined = refs.resources.get(ref.scope);
    if (!defined?.has(ref.resid)) {
      problems.push({
        message: `<${ref.element} resid="${ref.resid}"> in ${ref.scope} names no resource in that VersionOverrides' <Resources>`,
        anchor,
      });
    }
    if (ref.resid.length > RESID_MAX) {
      problems.push({ message: `resid "${ref.resid}" is longer than ${RESID_MAX} characters`, anchor });
    }
  }
  for (const dup of refs.duplicateIds) {
    problems.push({
      message: `resource id "${dup.id}" is defined twice in ${dup.scope}`,
      anchor: { text: `id="${dup.id}"`, occurrence: 1 },
    });
  }
  return problems;
}

/** Every function name the manifest uses that the commands code does not register. */
export function handlerProblems(
  refs: ManifestReferences,
  registered: ReadonlySet<string>,
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const seen = new Set<string>();
  for (const fn of refs.functionNames) {
    if (seen.has(fn.name)) continue;
    seen.add(fn.name);
    if (!fn.name) problems.push({ message: `an empty FunctionName (${fn.source})` });
    else if (!registered.has(fn.name)) {
      problems.push({
        message: `${fn.source} function "${fn.name}" is not registered with Office.actions.associate in src/commands`,
        anchor: {
          text: fn.source === 'LaunchEvent' ? `FunctionName="${fn.name}"` : `>${fn.name}<`,
          occurrence: 0,
        },
      });
    }
  }
  return problems;
}
