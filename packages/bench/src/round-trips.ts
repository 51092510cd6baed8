/**
 * Round trips: SQL statements per GraphQL request for lists of activities with
 * their contacts, mentors, local associations and expenses. With DataLoaders the
 * count stays flat as the list grows; an N+1 shows up as a count that grows.
 * Statements are counted at the pg driver of this process (the platform runs in
 * it), so the figure covers every subgraph the query touches.
 */
import pg from "pg";
import { startPlatform } from "@meander/embedded";
import { generateDemoData } from "@meander/fixtures";
import { createLogger } from "@meander/subgraph-kit";
import { gql } from "@meander/testing";
import { freshDatabase } from "./database.js";

const QUERY = `query($first: Int, $after: String) { activities(first: $first, after: $after) {
  pageInfo { endCursor hasNextPage }
  edges { node { id title contact { id firstName } mentor { id displayName } localAssociation { id name } expenses { amountOre } } } } }`;

export async function roundTrips(sizes: number[]) {
  const database = await freshDatabase();
  const data = generateDemoData({
    seed: 9,
    regionsPerOrganization: 3,
    associationsPerRegion: 3,
    mentorsPerAssociation: 10,
    activitiesPerMentor: 12,
  });
  const platform = await startPlatform({
    database: { kind: "postgres", url: database.url },
    port: 0,
    seed: data,
    keyDir: null,
    log: createLogger("bench", "silent"),
  });
  const admin = data.memberships.find((m) => m.role === "org_admin")!;
  const token = await platform.mint({
    userId: admin.userId,
    organizationId: admin.organizationId,
    localAssociationId: admin.localAssociationId,
    role: "org_admin",
  });

  let statements = 0;
  const original = pg.Client.prototype.query;
  // The outbox relays poll in the background (a transaction with an advisory lock and a select on the outbox):
  // those statements are not the request's, and reads never open transactions, so they are left out.
  const background = /pg_try_advisory_xact_lock|"outbox"|^\s*(begin|commit|rollback)\b/i;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? "");
    if (!background.test(text)) statements += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  const results = [];
  try {
    for (const size of sizes) {
      // Pages of at most 100 (the API's page limit): a list of 1,000 is ten requests.
      let after: string | null = null;
      let fetched = 0;
      let requests = 0;
      statements = 0;
      while (fetched < size) {
        const r: { data?: unknown; errors?: unknown } = await gql(
          platform.url,
          QUERY,
          { first: Math.min(100, size - fetched), after },
          { token },
        );
        const page = (
          r.data as { activities?: { edges: unknown[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }
        )?.activities;
        if (!page) throw new Error(JSON.stringify(r.errors));
        fetched += page.edges.length;
        requests += 1;
        after = page.pageInfo.endCursor;
        if (!page.pageInfo.hasNextPage) break;
      }
      results.push({
        activities: fetched,
        requests,
        statements,
        statementsPerRequest: +(statements / requests).toFixed(1),
      });
    }
  } finally {
    pg.Client.prototype.query = original;
    await platform.stop();
    await database.drop();
  }
  return results;
}
