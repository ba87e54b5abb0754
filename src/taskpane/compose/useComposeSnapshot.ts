import { useEffect, useRef, useState } from 'react';
import type { ComposeItemPort, Recipient } from '../../shared/ports';

export interface ComposeSnapshot {
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  readonly subject: string;
  /** Present when asked for (the coach reads it). */
  readonly body?: { readonly text: string; readonly format: 'text' | 'html' };
}

export type ComposeSnapshotState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly snapshot: ComposeSnapshot }
  | { readonly status: 'error'; readonly message: string; readonly last?: ComposeSnapshot };

/**
 * How often the open message is read while the pane is visible: Outlook raises RecipientsChanged
 * (Mailbox 1.7) but has no event for the subject or the body.
 */
export const COMPOSE_POLL_MS = 2500;

function same(a: ComposeSnapshot | undefined, b: ComposeSnapshot): boolean {
  return !!a && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The message being composed, read again every COMPOSE_POLL_MS while the pane is visible, at once when
 * it becomes visible and at once when the recipients change: recipients and subject, and the body when
 * `withBody`. A new value is published only when something changed; a failed read keeps the last value
 * and says why.
 */
export function useComposeSnapshot(
  compose: ComposeItemPort,
  withBody: boolean,
  onRecipientsChanged: (listener: () => void) => Promise<() => void>,
): ComposeSnapshotState {
  const [state, setState] = useState<ComposeSnapshotState>({ status: 'loading' });
  const last = useRef<ComposeSnapshot | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    let timer: number | undefined;
    let running = false;
    const read = async () => {
      if (running || cancelled) return;
      running = true;
      try {
        const [recipients, subject, body] = await Promise.all([
          compose.recipients(),
          compose.subject(),
          withBody ? compose.body() : Promise.resolve(undefined),
        ]);
        const next: ComposeSnapshot = { ...recipients, subject, ...(body ? { body } : {}) };
        if (!cancelled && !same(last.current, next)) {
          last.current = next;
          setState({ status: 'ready', snapshot: next });
        }
      } catch (error: unknown) {
        if (!cancelled)
          setState({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
            ...(last.current ? { last: last.current } : {}),
          });
        last.current = undefined;
      } finally {
        running = false;
      }
    };
    const tick = () => {
      if (document.visibilityState === 'visible') void read();
    };
    let unsubscribe: (() => void) | undefined;
    // A client without item events (below Mailbox 1.7) rejects: the poll covers it.
    onRecipientsChanged(() => void read()).then(
      (off) => {
        if (cancelled) off();
        else unsubscribe = off;
      },
      () => undefined,
    );
    void read();
    timer = window.setInterval(tick, COMPOSE_POLL_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      cancelled = true;
      unsubscribe?.();
      window.clearInterval(timer);
      timer = undefined;
      document.removeEventListener('visibilitychange', tick);
    };
  }, [compose, withBody, onRecipientsChanged]);
  return state;
}
