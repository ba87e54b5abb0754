import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/result';
import { strings } from '../strings';

export type Feedback = { readonly kind: 'success' | 'error'; readonly text: string } | null;

export interface ActionRunner {
  readonly feedback: Feedback;
  readonly busy: boolean;
  /** Runs an action; its failure reason (or a thrown error) becomes the feedback, never silence. */
  readonly run: <T>(
    action: () => Result<T> | Promise<Result<T>>,
    success: (value: T) => string,
  ) => Promise<boolean>;
  readonly clear: () => void;
}

/** Runs the pane's actions one at a time and keeps what the user should be told about the last one. */
export function useAction(): ActionRunner {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async <T>(action: () => Result<T> | Promise<Result<T>>, success: (value: T) => string) => {
      setBusy(true);
      setFeedback(null);
      let result: Result<T>;
      try {
        result = await action();
      } catch (error: unknown) {
        result = { ok: false, reason: error instanceof Error ? error.message : String(error) };
      }
      if (!mounted.current) return result.ok;
      setBusy(false);
      setFeedback(
        result.ok
          ? { kind: 'success', text: success(result.value) }
          : { kind: 'error', text: strings.actions.failed(result.reason) },
      );
      return result.ok;
    },
    [],
  );
  const clear = useCallback(() => setFeedback(null), []);
  return { feedback, busy, run, clear };
}
