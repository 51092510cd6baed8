/**
 * One subgraph, started for a test file: a fresh database cloned from the run's
 * template, the real Kafka broker (a namespace of its own), throwaway keys, and
 * a signed HTTP client.
 */
import { randomBytes } from "node:crypto";
import { createLogger, type Service, type SubgraphDeps } from "@meander/subgraph-kit";
import { inject } from "vitest";
import { gql, type GraphQLResponse, type RequestOptions } from "./client.js";
import { createTestBus, type TestBus } from "./bus.js";
import { testConfig } from "./config.js";
import { cloneDatabase, type TestDatabase } from "./database.js";
import { createTestKeys, type MintOptions, type TestKeys } from "./keys.js";

export interface SubgraphHarness {
  url: string;
  database: TestDatabase;
  /** The owner's connection (arranging and inspecting); the service itself runs as the application role. */
  db: SubgraphDeps["db"];
  bus: TestBus;
  keys: TestKeys;
  signingSecret: string;
  /** A request signed as the gateway, optionally as a user. */
  call<D = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: MintOptions,
  ): Promise<GraphQLResponse<D>>;
  /** A request exactly as given (unsigned unless opts.signingSecret is set). */
  raw<D = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: RequestOptions,
  ): Promise<GraphQLResponse<D>>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** The service's clock (SubgraphDeps.now), e.g. testClock(...).now; default the system's. */
  now?: SubgraphDeps["now"];
}

export async function startSubgraph(
  create: (deps: SubgraphDeps) => Promise<Service>,
  options: HarnessOptions = {},
): Promise<SubgraphHarness> {
  const database = await cloneDatabase(inject("templateDatabase"));
  const bus = await createTestBus();
  const keys = await createTestKeys();
  const signingSecret = randomBytes(32).toString("hex");
  const service = await create({
    db: database.app.db,
    bus,
    verifier: keys.verifier,
    signingSecret,
    log: createLogger("test", testConfig.logLevel),
    relayPollMs: 20,
    signingKeys: [keys.key],
    now: options.now,
  });
  const listening = await service.start(0);
  return {
    url: listening.url,
    database,
    db: database.handle.db,
    bus,
    keys,
    signingSecret,
    async call(query, variables = {}, as) {
      return gql(listening.url, query, variables, { signingSecret, token: as ? await keys.mint(as) : undefined });
    },
    raw: (query, variables = {}, opts = {}) => gql(listening.url, query, variables, opts),
    async stop() {
      await service.stop();
      await bus.close();
      await database.drop();
    },
  };
}
