import { lazy, Suspense, type ComponentProps } from 'react';

const Panel = lazy(() =>
  import('./DatasetErrorPanel').then((m) => ({ default: m.DatasetErrorPanel })),
);

/**
 * The dataset error panel for views on the first screen: its code (and the descriptions of
 * every kind of problem) loads only when some data has failed, so whole data does not pay
 * for it.
 */
export function DatasetErrorSlot(props: ComponentProps<typeof Panel>) {
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  );
}
