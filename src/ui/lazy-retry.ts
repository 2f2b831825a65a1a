import { createElement, lazy, type ComponentType } from 'react';

/** Bumped by each "Reload this part": failed imports from before it may be tried again. */
let retries = 0;

/** Lets every part whose code failed to load import it again on its next render. */
export function retryFailedImports() {
  retries += 1;
}

/**
 * React.lazy that can try again. React.lazy keeps a failed import's error for good, so after a
 * dropped connection (venue Wi-Fi) a part would not load until the page was reloaded, losing
 * what the reader had open. This one, once "Reload this part" was pressed after it failed,
 * imports again, and the browser fetches the file again. (Not on any render: React renders
 * again by itself after an error, and would then retry forever.) `load` resolves to the
 * component itself.
 */
export function lazyRetry<P extends object>(load: () => Promise<ComponentType<P>>) {
  let failedAt: number | null = null;
  const make = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failedAt = retries;
          throw error;
        },
      ),
    );
  let current = make();
  return function Reloadable(props: P) {
    if (failedAt !== null && retries > failedAt) {
      failedAt = null;
      current = make();
    }
    return createElement(current as ComponentType<P>, props);
  };
}
