// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); this file only
// adds what every environment needs.
import { afterEach } from 'vitest';

// jsdom has no ResizeObserver. Without one, echarts-for-react's size sensor falls back to
// polling an <object> element, whose late callbacks can resize a chart already disposed by
// cleanup. Browsers have it; in jsdom an observer that never fires stands in (sizes are 0).
if (typeof window !== 'undefined' && typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
