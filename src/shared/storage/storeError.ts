/** Why the store refused a write: data, not exceptions, with a message the UI can show as is. */
import type { Usage } from './roamingUsage';

export type StoreError =
  | {
      readonly kind: 'quota';
      readonly message: string;
      /** Characters the write would need, and the quota. */
      readonly characters: number;
      readonly quota: number;
      readonly usage: Usage | null;
      /** What the user can remove, most useful first. */
      readonly suggestions: readonly string[];
    }
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'readOnly'; readonly message: string }
  | { readonly kind: 'notFound'; readonly message: string };

function n(value: number): string {
  return value.toLocaleString('en-US');
}

/** The refusal when active data alone exceeds the quota. */
export function quotaError(characters: number, quota: number, usage: Usage | null): StoreError {
  const suggestions: string[] = [];
  if (usage) {
    const kinds = [
      {
        size: usage.byKind.followUps + usage.byKind.history,
        text: `stop or finish follow-ups you no longer need (${usage.counts.followUps} use ${n(usage.byKind.followUps + usage.byKind.history)} characters)`,
      },
      {
        size: usage.byKind.profiles,
        text: `delete contact profiles you no longer use (${usage.counts.profiles} use ${n(usage.byKind.profiles)})`,
      },
      {
        size: usage.byKind.settings,
        text: `shorten your custom templates (settings use ${n(usage.byKind.settings)})`,
      },
    ];
    for (const kind of kinds.sort((a, b) => b.size - a.size)) if (kind.size > 0) suggestions.push(kind.text);
  }
  const message =
    `ReachPlan's storage in your mailbox is full: this change needs ${n(characters)} of the ${n(quota)} characters ` +
    `Outlook allows, and nothing finished is left to clear. Nothing was lost; the change was not saved.` +
    (suggestions.length > 0 ? ` To make room: ${suggestions.join('; ')}.` : '');
  return { kind: 'quota', message, characters, quota, usage, suggestions };
}
