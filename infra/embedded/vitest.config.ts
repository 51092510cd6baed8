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
      hookTimeout: 180_000,
      projects: [
        { extends: true, test: { name: "platform", include: ["test/**/*.test.ts"], exclude: ["test/journeys/**"], globalSetup: ["./test/global-setup.ts"] } },
        { extends: true, test: { name: "journeys", include: ["test/journeys/**/*.test.ts"], globalSetup: ["./test/journeys/global-setup.ts"] } },
      ],
    },
  }),
);
