/**
 * Vitest settings every workspace package shares.
 * graphql ships both ESM (.mjs, picked by Vite) and CJS (picked by Node and by
 * the Apollo packages): two copies of graphql in one process break `instanceof`
 * checks, so tests resolve `graphql` to the CJS entry, as Node does at run time.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    // The JSON report lets `npm test` print one closing line with the totals of every package.
    reporters: ["default", ["json", { outputFile: ".vitest-report.json" }]],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: {
      // Events cross a real broker: on a loaded 2-core CI machine delivery can take seconds, not expect.poll's default 1 s.
      poll: { timeout: 20_000, interval: 50 },
    },
  },
});
