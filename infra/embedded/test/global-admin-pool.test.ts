/**
 * Issue 18, finding 1 on PostgreSQL: the audit step before a global administrator's query took a second pooled
 * connection beside the request's own transaction, so more concurrent global-administrator reads than the pool holds
 * each held one connection and waited for another, for ever. Three connections, twelve reads at once: all answer.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createLogger } from "@meander/subgraph-kit";
import { cloneDatabase, type TestDatabase } from "@meander/testing";
import { startPlatform, type Platform } from "../src/platform.js";
import { queryWithin, stopWithin } from "./deadline.js";

const POOL = 3;
const READS = 4 * POOL;
let db: TestDatabase;
let platform: Platform;

beforeAll(async () => {
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    poolSize: POOL,
    port: 0,
    keyDir: null,
    log: createLogger("global-admin-pool", "silent"),
  });
});

afterAll(async () => {
  await stopWithin(platform, 10_000);
  await db?.drop();
});

describe("global administrators' reads on PostgreSQL", () => {
  it(`answers ${READS} concurrent reads on a pool of ${POOL} connections`, async () => {
    const token = await platform.mint({
      userId: randomUUID(),
      organizationId: null,
      localAssociationId: null,
      role: "global_admin",
    });
    const answers = await Promise.all(
      Array.from({ length: READS }, () =>
        queryWithin(30_000, platform.url, `{ leads(first: 1) { edges { node { id } } } }`, {}, token),
      ),
    );
    for (const answer of answers) expect(answer).toMatchObject({ status: 200, data: { leads: { edges: [] } } });
    expect(answers.every((a) => a.errors === undefined)).toBe(true);
  });
});
