import { Component, type ReactNode } from 'react';
import { retryFailedImports } from './lazy-retry';
import { useT } from './use-t';

interface Props {
  /** Rendered instead of the children after they throw; `retry` re-mounts them. */
  fallback: (retry: () => void) => ReactNode;
  /** Told when the children throw (a panel tells the load scheduler its view failed). */
  onCrash?: () => void;
  children: ReactNode;
}

/** Catches a crash below it, so the rest of the atlas keeps working. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('[atlas] a part crashed', error);
    this.props.onCrash?.();
  }

  override render() {
    return this.state.failed
      ? this.props.fallback(() => this.setState({ failed: false }))
      : this.props.children;
  }
}

/**
 * One part of the atlas (a panel, its view, a dialog, a drawer): if it throws, a short message
 * and "Reload this part" take its place; the header and every other part stay usable.
 */
export function PartBoundary({ children, onCrash }: { children: ReactNode; onCrash?: () => void }) {
  return (
    <ErrorBoundary fallback={(retry) => <PartFailed retry={retry} />} onCrash={onCrash}>
      {children}
    </ErrorBoundary>
  );
}

function PartFailed({ retry }: { retry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="view-crashed">
      <p>{t('part.crashed')}</p>
      <button
        type="button"
        onClick={() => {
          retryFailedImports();
          retry();
        }}
      >
        {t('part.reload')}
      </button>
    </div>
  );
}
