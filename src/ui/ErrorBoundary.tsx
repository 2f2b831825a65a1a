import { Component, type ReactNode } from 'react';

interface Props {
  /** Rendered instead of the children after they throw; `retry` re-mounts them. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** One per view: a crash in one view leaves the rest of the atlas working. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('[atlas] view crashed', error);
  }

  override render() {
    return this.state.failed
      ? this.props.fallback(() => this.setState({ failed: false }))
      : this.props.children;
  }
}
