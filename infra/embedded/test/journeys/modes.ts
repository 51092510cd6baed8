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

const ALL: readonly JourneyMode[] = ["embedded", "postgres"];
const config = readJourneyConfig();

/** JOURNEY_MODES=embedded (comma-separated) narrows a run to those platforms; default both. */
export const JOURNEY_MODES: JourneyMode[] = (() => {
  const wanted = config.JOURNEY_MODES;
  if (wanted.length === 0) return [...ALL];
  const unknown = wanted.filter((m) => !ALL.includes(m as JourneyMode));
  if (unknown.length) throw new Error(`JOURNEY_MODES: unknown ${unknown.join(", ")} (known: ${ALL.join(", ")})`);
  return wanted as JourneyMode[];
})();

/** The suite's environment (read by the package's config module, src/config.ts): Kafka brokers, log level. */
export const journeyEnv = {
  kafkaBrokers: config.KAFKA_BROKERS,
  logLevel: config.LOG_LEVEL,
};
