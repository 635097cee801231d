import { defineConfig } from 'vitest/config';

/**
 * Test projects mirror the source tree (STYLE.md): unit (pure shared code and main units), db (services on
 * real SQLite files), renderer (React in happy-dom), e2e (the built app in Chromium through the local
 * host). The bench project runs only with `npm run bench`.
 */
export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        // Password hashing (scrypt) and real SQLite files: a test can take several seconds on a busy machine.
        test: { name: 'db', include: ['test/db/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['test/renderer/setup.ts'],
          // A whole-app render with antd in happy-dom takes seconds on a busy two-core machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A state reached through the server (an autosave, a refetch) can take seconds on a busy machine.
          expect: { poll: { timeout: 20_000 } },
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          include: ['test/bench/**/*.bench.test.ts'],
          environment: 'node',
          // The young generation the app's compare worker runs with (src/main/compare/compareInWorker.ts).
          execArgv: ['--max-semi-space-size=64'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
