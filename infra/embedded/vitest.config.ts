import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

/**
 * Two projects: the platform-wide tests (each starts what it needs on a database cloned from one migrated template),
 * and the journey suite (test/journeys/: two platforms, one per way of running, shared by every journey of the run).
 */
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      testTimeout: 120_000,
      // Two files at a time (vitest's default is one fewer than the cores: one on the CI machine's two): the files
      // mostly wait on their platforms (child processes, PostgreSQL, the broker), and each works in a database and
      // a broker namespace of its own, so two side by side share nothing.
      maxWorkers: 2,
      hookTimeout: 180_000,
      projects: [
        { extends: true, test: { name: "platform", include: ["test/**/*.test.ts"], exclude: ["test/journeys/**"], globalSetup: ["./test/global-setup.ts"] } },
        { extends: true, test: { name: "journeys", include: ["test/journeys/**/*.test.ts"], globalSetup: ["./test/journeys/global-setup.ts"] } },
      ],
    },
  }),
);
