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

// jsdom has no 2D canvas: getContext returns null, and ECharts' decal patterns (drawn into a
// canvas of their own whatever the renderer) then throw from a timer after the test. A mock
// context lets them draw nothing.
if (typeof window !== 'undefined') {
  await import('vitest-canvas-mock');
  // The mock's DOMMatrix lacks rotateSelf, which zrender calls on decal patterns; nothing is
  // really drawn, so the identity stands in.
  const matrix = window.DOMMatrix.prototype as Partial<DOMMatrix>;
  matrix.rotateSelf ??= function (this: DOMMatrix) {
    return this;
  };
}

// jsdom has <dialog> (and its `open`) but no showModal() or close(). What the browser adds — the
// inert page, Escape, the backdrop, focus — is tested in Chromium (tests/browser/dialogs.test.ts);
// here a dialog only opens and closes, firing `close` as the browser does.
if (typeof window !== 'undefined' && !window.HTMLDialogElement.prototype.showModal) {
  const dialog = window.HTMLDialogElement.prototype;
  dialog.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  dialog.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    setTimeout(() => this.dispatchEvent(new Event('close')));
  };
}

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
