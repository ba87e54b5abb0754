import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useState, type ComponentType, type JSX, type ReactNode } from 'react';
import { strings } from '../strings';
import { ViewBoundary } from './ViewBoundary';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

export interface LazyViewOptions {
  /** Start loading at once (in parallel with the first paint) instead of on first render. */
  readonly eager?: boolean;
}

/** The lazy component's own props, plus what to show while it loads (a spinner by default). */
export type LazyViewProps<P> = P & { readonly loading?: ReactNode };

/**
 * A component loaded on first use (its own chunk), with a placeholder while it loads and, when the
 * chunk cannot load, an error with "Try again" that asks for it again (React.lazy alone would keep
 * failing). `eager` starts the download right away, for views needed within moments of the first paint.
 */
export function lazyView<P extends object>(
  load: Loader<P>,
  options: LazyViewOptions = {},
): ComponentType<LazyViewProps<P>> {
  let first: Promise<{ default: ComponentType<P> }> | null = null;
  const start = () => {
    first ??= load();
    return first;
  };
  if (options.eager) void start().catch(() => undefined);
  // One lazy component for all mounts (a new one per mount would suspend afresh on every render
  // attempt); replaced only by "Try again" after a failed load, since React.lazy caches the failure.
  let Loaded = lazy(start);
  function LazyView({ loading, ...props }: LazyViewProps<P>) {
    const [, setAttempt] = useState(0);
    const retry = () => {
      first = null;
      Loaded = lazy(start);
      setAttempt((a) => a + 1);
    };
    return (
      <ViewBoundary onRetry={retry}>
        <Suspense fallback={loading ?? <Spinner size="tiny" label={strings.loadingView} />}>
          <Loaded {...(props as unknown as P & JSX.IntrinsicAttributes)} />
        </Suspense>
      </ViewBoundary>
    );
  }
  return LazyView;
}
