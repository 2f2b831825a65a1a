// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); this file only
// adds what every environment needs.
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
