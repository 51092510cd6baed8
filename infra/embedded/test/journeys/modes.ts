import { readJourneyConfig } from "../../src/config.js";

/** The ways of running a journey runs on (global-setup.ts starts one platform of each). */
export type JourneyMode = "embedded" | "postgres";

export interface JourneyPlatformInfo {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** The operator console: runs the operator's commands (src/operator.ts) on this platform's database. */
  operatorUrl: string;
  /** The gateway accepts only the persisted manifest's operations. */
  safelist: boolean;
}

/** The ways of running, one vitest project each (vitest.config.ts: `journeys-embedded`, `journeys-postgres`). */
export const JOURNEY_MODES: readonly JourneyMode[] = ["embedded", "postgres"];

const config = readJourneyConfig();

/** The suite's environment (read by the package's config module, src/config.ts): Kafka brokers, log level. */
export const journeyEnv = {
  kafkaBrokers: config.KAFKA_BROKERS,
  logLevel: config.LOG_LEVEL,
};
