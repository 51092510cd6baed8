import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

/**
 * The platform-wide tests (each starts what it needs on a database cloned from one migrated template), and the
 * journey suite once per way of running (test/journeys/: `journeys-embedded`, `journeys-postgres`, each with its
 * one platform shared by every journey of the run): a journey file runs on both side by side, each in a worker of
 * its own (`--project journeys-embedded` runs one).
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
        {
          extends: true,
          test: {
            name: "platform",
            include: ["test/**/*.test.ts"],
            exclude: ["test/journeys/**"],
            globalSetup: ["./test/global-setup.ts"],
          },
        },
        ...["embedded", "postgres"].map((mode) => ({
          extends: true as const,
          test: {
            name: `journeys-${mode}`,
            include: ["test/journeys/**/*.test.ts"],
            globalSetup: ["./test/journeys/global-setup.ts"],
          },
        })),
      ],
    },
  }),
);
