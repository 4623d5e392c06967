import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      // Pure functions, content rules and the editor's commands: no build, seconds.
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/content.test.ts', 'tests/editing.test.ts'] } },
      // The built site, in files and in Chromium: builds content/ once into a temporary folder first.
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: ['tests/content.test.ts', 'tests/editing.test.ts'], globalSetup: ['tests/global-setup.ts'] } },
    ],
  },
});
