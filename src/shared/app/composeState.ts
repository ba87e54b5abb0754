/**
 * What ReachPlan keeps on a message being composed, in its custom property `rpc` (a few dozen
 * characters of the item's 2,500): the flag (token, ladder, when) and which one-time send alerts
 * it already showed. Custom properties survive saving the draft; classic Outlook needs the item
 * saved for them to persist (platform.md).
 */
import type { Instant, LadderChoice } from '../domain/types';
import { followUpTokenValid } from './followUpToken';

export const COMPOSE_PROPERTY = 'rpc';

export interface ComposeState {
  readonly flag?: { readonly token: string; readonly ladder: LadderChoice; readonly at: Instant };
  /** The bad-news call suggestion was shown at send (once per message). */
  readonly callSuggested?: boolean;
  /** The "track this?" offer was shown at send (once per message). */
  readonly trackingOffered?: boolean;
  /** The "can't track this message" alert was shown at send (once per message). */
  readonly untrackableShown?: boolean;
}

interface Stored {
  t?: string;
  l?: 'p' | 'r' | number[];
  a?: number;
  c?: 1;
  o?: 1;
  u?: 1;
}

function ladderCode(ladder: LadderChoice): Stored['l'] {
  if (ladder === 'prompt') return 'p';
  if (ladder === 'relaxed') return 'r';
  return [...ladder.waitsHours];
}

function ladderOf(code: unknown): LadderChoice | undefined {
  if (code === 'p') return 'prompt';
  if (code === 'r') return 'relaxed';
  if (
    Array.isArray(code) &&
    code.length > 0 &&
    code.length <= 8 &&
    code.every((h) => Number.isInteger(h) && h > 0 && h <= 24 * 365)
  ) {
    return { waitsHours: code as number[] };
  }
  return undefined;
}

/** The property value for a state (compact JSON). */
export function composeStateEncode(state: ComposeState): string {
  const stored: Stored = {};
  if (state.flag) {
    stored.t = state.flag.token;
    stored.l = ladderCode(state.flag.ladder);
    stored.a = Math.floor(state.flag.at / 60_000);
  }
  if (state.callSuggested) stored.c = 1;
  if (state.trackingOffered) stored.o = 1;
  if (state.untrackableShown) stored.u = 1;
  return JSON.stringify(stored);
}

/** Reads the property (untrusted: anything unreadable counts as "no state"). */
export function composeStateDecode(value: unknown): ComposeState {
  if (typeof value !== 'string') return {};
  let stored: unknown;
  try {
    stored = JSON.parse(value);
  } catch {
    return {};
  }
  if (typeof stored !== 'object' || stored === null) return {};
  const s = stored as Record<string, unknown>;
  const ladder = ladderOf(s['l']);
  const at =
    typeof s['a'] === 'number' && Number.isInteger(s['a']) && s['a'] > 0 ? s['a'] * 60_000 : undefined;
  return {
    ...(followUpTokenValid(s['t']) && ladder && at !== undefined
      ? { flag: { token: s['t'], ladder, at } }
      : {}),
    ...(s['c'] === 1 ? { callSuggested: true } : {}),
    ...(s['o'] === 1 ? { trackingOffered: true } : {}),
    ...(s['u'] === 1 ? { untrackableShown: true } : {}),
  };
}
