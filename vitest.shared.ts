/**
 * Vitest settings every workspace package shares.
 * graphql ships both ESM (.mjs, picked by Vite) and CJS (picked by Node and by
 * the Apollo packages): two copies of graphql in one process break `instanceof`
 * checks, so tests resolve `graphql` to the CJS entry, as Node does at run time.
 */
import { writeFileSync } from "node:fs";
import { defineConfig } from "vitest/config";
import type { Reporter } from "vitest/reporters";

/**
 * The JSON report has no room for an error thrown in a `beforeAll`/`afterAll` (its tests only show as skipped):
 * this writes them to `.vitest-hook-errors.json`, so `npm test`'s closing summary can say why a file failed.
 */
const hookErrors: Reporter = {
  onTestRunEnd(modules) {
    const errors = modules.flatMap((m) => [
      ...m.errors().map((e) => ({ file: m.moduleId, suite: "", message: e.message, stack: e.stack })),
      ...[...m.children.allSuites()].flatMap((s) =>
        s.errors().map((e) => ({ file: m.moduleId, suite: s.fullName, message: e.message, stack: e.stack })),
      ),
    ]);
    writeFileSync(".vitest-hook-errors.json", JSON.stringify(errors));
  },
};

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    // The JSON report lets `npm test` print one closing line with the totals of every package.
    reporters: ["default", ["json", { outputFile: ".vitest-report.json" }], hookErrors],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: {
      // Events cross a real broker: on a loaded 2-core CI machine delivery can take seconds, not expect.poll's default 1 s.
      poll: { timeout: 20_000, interval: 50 },
    },
  },
});
