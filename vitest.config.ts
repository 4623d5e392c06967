import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Generous, since a busy machine (CI's two cores, or an editor's laptop building) is slow, not wrong:
    // a test fails for what it checks, not for a wait. Long checks are one test per case, not one loop.
    // A test that builds the site two or three times can take minutes there.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // What a page does after an action (a copied line shown, a layout settled) may take a busy browser seconds.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    projects: [
      // Pure functions, content rules and the editor's commands: no build, seconds.
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/content.test.ts', 'tests/editing.test.ts'] } },
      // The built site, in files and in Chromium: builds content/ once into a temporary folder first.
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: ['tests/content.test.ts', 'tests/editing.test.ts'], globalSetup: ['tests/global-setup.ts'] } },
    ],
  },
});
