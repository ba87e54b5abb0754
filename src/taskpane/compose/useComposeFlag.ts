import { useCallback, useEffect, useState } from 'react';
import { COMPOSE_PROPERTY, composeStateDecode, type ComposeState } from '../../shared/app/composeState';
import { flagToggle, type FlagOutcome } from '../../shared/app/flagToggle';
import type { ComposeItemPort } from '../../shared/ports';
import type { ItemServices } from '../services/paneServices';
import { useServices } from '../services/servicesContext';

export type FlagState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly state: ComposeState;
      readonly busy: boolean;
      readonly outcome?: FlagOutcome;
    }
  | { readonly status: 'error'; readonly message: string };

/**
 * The message's flag ("Remind me if no reply"), read from its custom property, and the same toggle as
 * the ribbon button (flagToggle: the notification on the message says what happened).
 */
export function useComposeFlag(
  item: ItemServices,
  compose: ComposeItemPort,
): { flag: FlagState; toggle: () => void; reload: () => void } {
  const services = useServices();
  const [flag, setFlag] = useState<FlagState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let cancelled = false;
    item.props.get(COMPOSE_PROPERTY).then(
      (value) => !cancelled && setFlag({ status: 'ready', state: composeStateDecode(value), busy: false }),
      (error: unknown) =>
        !cancelled &&
        setFlag({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [item, generation]);
  const toggle = useCallback(() => {
    setFlag((f) => (f.status === 'ready' ? { ...f, busy: true } : f));
    void flagToggle(
      {
        props: item.props,
        compose,
        store: services.store,
        notifier: item.notifier,
        random: services.random,
        userEmail: services.user.email,
      },
      services.clock.now(),
    ).then(async (outcome) => {
      const value = await item.props.get(COMPOSE_PROPERTY).catch(() => undefined);
      setFlag({ status: 'ready', state: composeStateDecode(value), busy: false, outcome });
    });
  }, [item, compose, services]);
  return { flag, toggle, reload };
}
