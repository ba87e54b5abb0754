import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Result } from '../../shared/result';
import type { ActionRunner } from './useAction';

export interface RunButtonProps<T> {
  readonly runner: ActionRunner;
  readonly action: () => Result<T> | Promise<Result<T>>;
  /** The feedback line on success. */
  readonly success: (value: T) => string;
  readonly primary?: boolean;
  readonly children: ReactNode;
}

/** A small button that runs `action` through the view's runner: disabled while any action runs, its outcome shown as the runner's feedback. */
export function RunButton<T>({ runner, action, success, primary, children }: RunButtonProps<T>) {
  return (
    <Button
      size="small"
      appearance={primary ? 'primary' : 'secondary'}
      disabled={runner.busy}
      onClick={() => void runner.run(action, success)}
    >
      {children}
    </Button>
  );
}
