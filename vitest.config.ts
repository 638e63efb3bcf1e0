import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // LibreOffice and Chromium are heavy on 2 cores: keep parallelism modest.
    maxWorkers: 2,
    pool: 'forks',
    // The JSON copy lets .ci/run print one plain `N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest-results.json' },
  },
});
