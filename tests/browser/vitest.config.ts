import { defineConfig } from 'vitest/config';

/** Browser tests: Vitest in node drives Debian's Chromium through playwright-core. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 45_000,
    hookTimeout: 60_000,
    // Two cores: one file at a time keeps timings and screenshots stable.
    fileParallelism: false,
  },
});
