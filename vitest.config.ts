import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Rebuilding dist/ rewrites the bundles other tests run, so that check runs alone, first (scripts/test-all.sh).
    exclude: process.env['PORTARIUM_CHECK_DIST'] === '1' ? [] : ['test/dist/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: more workers only thrash, and the e2e tests spawn processes of their own.
    maxWorkers: 2,
    // These import JSON without `with { type: 'json' }`, which Node refuses; vite's transform handles it.
    server: { deps: { inline: [/@actions\/(languageservice|workflow-parser|expressions)/] } },
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-results.json' },
  },
});
