/**
 * What the pane was opened for, from the context a notification or Smart Alert button handed it
 * (getInitializationContextAsync): {"view":"due"} from the compose insight, {"coach":"callSuggestion",…}
 * from the bad-news alert. Untrusted text: anything unreadable opens the default view.
 */
export type PaneView = 'message' | 'due' | 'settings';

export interface PaneRequest {
  readonly view: PaneView;
  /** Open the writing coach on the call suggestion (compose). */
  readonly coach?: 'callSuggestion';
}

const VIEWS: readonly PaneView[] = ['message', 'due', 'settings'];

/** Reads the initialization context; the default view for anything else. */
export function paneRequestOf(context: string | undefined): PaneRequest {
  if (!context) return { view: 'message' };
  let value: unknown;
  try {
    value = JSON.parse(context);
  } catch {
    return { view: 'message' };
  }
  if (typeof value !== 'object' || value === null) return { view: 'message' };
  const record = value as Record<string, unknown>;
  if (record['coach'] === 'callSuggestion') return { view: 'message', coach: 'callSuggestion' };
  const view = record['view'];
  return { view: VIEWS.includes(view as PaneView) ? (view as PaneView) : 'message' };
}
