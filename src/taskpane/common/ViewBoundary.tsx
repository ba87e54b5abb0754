import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { strings } from '../strings';

interface Props {
  readonly children: ReactNode;
  /** Called by "Try again" (e.g. to load a lazy chunk again). */
  readonly onRetry?: () => void;
}

interface State {
  readonly error: Error | null;
}

/** Catches a view that failed to load or render, says so, and offers to try again (never a blank pane). */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = () => {
    this.setState({ error: null });
    this.props.onRetry?.();
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{strings.viewFailed(this.state.error.message)}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.retry}>{strings.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
