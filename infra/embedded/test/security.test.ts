/**
 * Security proofs on the whole platform (issue 10): subgraph exposure (item 5)
 * and operation fuzzing through the gateway (item 4). Both are generated from
 * the composed supergraph, so new subgraph fields and types are covered as
 * they are composed.
 */
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { getNamedType, isNonNullType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queryRows } from "@meander/db";
import { generateDemoData } from "@meander/fixtures";
import { DEFAULT_LIMITS, SUPERGRAPH_FILE } from "@meander/gateway";
import { createLogger } from "@meander/subgraph-kit";
import { cloneDatabase, gql, type TestDatabase } from "@meander/testing";
import { startPlatform, type Platform } from "../src/platform.js";
import { fuzzCases, HOSTILE_SHAPES, leafSelection, leakedInternals, type FuzzCase } from "./security/fuzz.js";
import { entityHomes, fieldInGraph, loadSupergraph } from "./walker/schema.js";

const data = generateDemoData({
  seed: 5,
  organizations: 2,
  regionsPerOrganization: 1,
  associationsPerRegion: 1,
  mentorsPerAssociation: 2,
  contactsPerMentor: 1,
  activitiesPerMentor: 2,
  referenceDate: new Date("2026-10-01T12:00:00Z"),
});
const sg = loadSupergraph(SUPERGRAPH_FILE);
/** Operations per run (issue 10 asks for at least 10,000); FUZZ_RUNS and FUZZ_SEED explore further. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const CONCURRENCY = 8;
const REPLAY_BATCH = 15;

let db: TestDatabase;
let platform: Platform;
const tokens: Array<string | undefined> = [undefined];

beforeAll(async () => {
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    port: 0,
    seed: data,
    keyDir: null,
    scheduledJobs: false,
    log: createLogger("security", "silent"),
  });
  const org = data.organizations[0]!;
  for (const role of ["org_admin", "coordinator", "peer_mentor"] as const) {
    const m = data.memberships.find((x) => x.organizationId === org.id && x.role === role)!;
    tokens.push(
      await platform.mint({ userId: m.userId, organizationId: org.id, localAssociationId: m.localAssociationId, role }),
    );
  }
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

/** For each subgraph: one ordinary root query it resolves (no required arguments) and one entity type it resolves. */
function exposureTable() {
  const query = sg.schema.getQueryType()!;
  return [...sg.graphNames].map(([graph, name]) => {
    const field = Object.values(query.getFields()).find(
      (f) => !f.name.startsWith("_") && fieldInGraph(query, f, graph) && f.args.every((a) => !isNonNullType(a.type)),
    );
    const home = entityHomes(sg).find((h) => h.graph === graph);
    return { name, field, home };
  });
}

describe("subgraph exposure: only gateway-signed requests reach a subgraph", () => {
  const table = exposureTable();

  it("finds all six subgraphs, each with an ordinary query and an entity type", () => {
    expect(table.map((t) => t.name).sort()).toEqual([
      "activity",
      "engagement",
      "finance",
      "identity",
      "organization",
      "reporting",
    ]);
    for (const t of table) {
      expect(t.field, `${t.name}: a root query without required arguments`).toBeDefined();
      expect(t.home, `${t.name}: an entity type`).toBeDefined();
    }
  });

  it.each(table.map((t) => [t.name, t] as const))(
    "%s refuses unsigned and wrongly signed _entities, _service and an ordinary query (401)",
    async (name, t) => {
      const url = platform.subgraphUrls[name as keyof Platform["subgraphUrls"]];
      const token = tokens[1]!;
      const entityId = data.activities[0]!.id;
      const requests = [
        { query: `{ _service { sdl } }`, variables: {} },
        {
          query: `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
          variables: { r: [{ __typename: t.home!.type.name, [t.home!.key]: entityId }] },
        },
        { query: `{ ${t.field!.name} ${leafSelection(getNamedType(t.field!.type))} }`, variables: {} },
      ];
      for (const r of requests) {
        for (const signingSecret of [undefined, "f".repeat(64)]) {
          const answer = await gql(url, r.query, r.variables, { token, signingSecret });
          expect(answer.status, `${name} ${r.query.slice(0, 40)} signed=${Boolean(signingSecret)}`).toBe(401);
          expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
          expect(answer.data ?? null).toBeNull();
        }
        // Positive control: the same request signed as the gateway is not refused for its signature.
        const signed = await gql(url, r.query, r.variables, { token, signingSecret: platform.signingSecret });
        expect(signed.status, `${name} signed ${r.query.slice(0, 40)}`).not.toBe(401);
      }
    },
  );
});

/** Exact row counts of every table of every subgraph schema. */
async function rowCounts(): Promise<Map<string, number>> {
  const tables = await queryRows<{ s: string; t: string }>(
    db.handle.db,
    sql`select table_schema as s, table_name as t from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'public') and table_schema not like 'drizzle%'`,
  );
  const union = tables
    .map(({ s, t }) => `select '${s}.${t}' as k, count(*)::int as n from "${s}"."${t}"`)
    .join(" union all ");
  const rows = await queryRows<{ k: string; n: number }>(db.handle.db, sql.raw(union));
  return new Map(rows.map((r) => [r.k, r.n]));
}

const changed = (a: Map<string, number>, b: Map<string, number>) =>
  [...b].filter(([k, n]) => a.get(k) !== n).map(([k, n]) => `${k} ${a.get(k)}→${n}`);

interface Outcome {
  c: FuzzCase;
  status: number;
  ms: number;
  text: string;
  refused: boolean;
  token?: string;
}

async function send(c: FuzzCase, token: string | undefined): Promise<Outcome> {
  const started = performance.now();
  let status: number;
  let text: string;
  try {
    const res = await fetch(platform.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: c.body,
    });
    status = res.status;
    text = await res.text();
  } catch (err) {
    // The server answers 413 and closes while an oversized body is still being sent: the client may see a reset.
    status = 0;
    text = String((err as { cause?: unknown }).cause ?? err);
  }
  const ms = performance.now() - started;
  let refused = status >= 400 || status === 0;
  try {
    const json = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    refused ||= Boolean(json.errors?.length) && (!json.data || Object.values(json.data).every((v) => v === null));
  } catch {
    refused = true;
  }
  return { c, status, ms, text, refused, token };
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

describe("fuzzing through the gateway", () => {
  it(`${RUNS} generated operations over every root field: no 5xx, no stack trace or SQL, nothing written by refused ones, everything stays up`, async () => {
    const ids = [
      ...data.activities.slice(-3).map((a) => a.id),
      ...data.contacts.slice(-2).map((c) => c.id),
      data.organizations[1]!.id,
    ];
    const cases = fc.sample(fuzzCases(sg.schema, ids), { numRuns: RUNS, seed: SEED });
    const outcomes: Outcome[] = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < cases.length) {
          const i = next++;
          outcomes.push(await send(cases[i]!, tokens[i % tokens.length]));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`fuzz phase: ${seconds.toFixed(1)} s`);

    const problems: string[] = [];
    const internal = new Map<string, number>();
    const internalExample = new Map<string, string>();
    for (const o of outcomes) {
      if (o.status === 0 && o.c.body.length <= DEFAULT_LIMITS.maxBodyBytes)
        problems.push(`no answer to ${o.c.field} (${o.c.shape}): ${o.text}`);
      if (o.status >= 500) problems.push(`HTTP ${o.status} on ${o.c.field} (${o.c.shape}): ${o.text.slice(0, 200)}`);
      const leak = leakedInternals(o.text, o.c.sent);
      if (leak) problems.push(`${leak} in the answer to ${o.c.field} (${o.c.shape}): ${o.text.slice(0, 300)}`);
      if (o.text.includes('"INTERNAL_SERVER_ERROR"')) {
        if (!internal.has(o.c.field))
          internalExample.set(
            o.c.field,
            JSON.stringify((JSON.parse(o.c.body) as { variables: unknown }).variables).slice(0, 400),
          );
        internal.set(o.c.field, (internal.get(o.c.field) ?? 0) + 1);
      }
    }
    const hostile = outcomes.filter((o) => HOSTILE_SHAPES.has(o.c.shape));
    const hostileRefused = hostile.filter(
      (o) => o.refused && ((o.status >= 400 && o.status < 500) || (o.status === 0 && o.c.shape === "huge-body")),
    );
    const shapes = new Map<string, number>();
    for (const o of outcomes) shapes.set(o.c.shape, (shapes.get(o.c.shape) ?? 0) + 1);
    const fields = new Set(outcomes.map((o) => o.c.field));

    // Nothing written by a refused request: replay refused mutations (and a share of the other refusals) in small
    // batches, with exact row counts of every table before and after each batch.
    await platform.settle();
    // A refused sign-in is written on purpose: identity audits it (auth.sign_in_failed, the lock-out's evidence); so is
    // a refused download of a subject access export (privacy.access_export.download_refused: every access is audited).
    const auditedRefusals = new Set(["Mutation.login", "Mutation.downloadSubjectAccessExport"]);
    const refusedMutations = outcomes.filter(
      (o) => o.refused && o.c.operation === "mutation" && !auditedRefusals.has(o.c.field),
    );
    const replay = [
      ...refusedMutations.slice(0, 150),
      ...outcomes.filter((o) => o.refused && o.c.operation === "query").slice(0, 30),
    ];
    let replayed = 0;
    for (let i = 0; i < replay.length; i += REPLAY_BATCH) {
      const batch = replay.slice(i, i + REPLAY_BATCH);
      const before = await rowCounts();
      const again = await Promise.all(batch.map((o) => send(o.c, o.token)));
      await platform.settle();
      const after = await rowCounts();
      replayed += again.filter((a) => a.refused).length;
      const diff = changed(before, after);
      if (diff.length && again.every((a) => a.refused)) {
        problems.push(
          `refused requests wrote rows (${diff.join(", ")}): ${batch.map((o) => `${o.c.field}/${o.c.shape}`).join(", ")}`,
        );
      }
    }
    console.log(`replay phase done at ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Everything still up: health of the gateway and of every subgraph, and an ordinary query answers.
    for (const url of [platform.url, ...Object.values(platform.subgraphUrls)]) {
      expect((await fetch(url.replace(/\/graphql$/, "/healthz"))).status, url).toBe(200);
    }
    const alive = await gql(platform.url, `{ __typename }`, {}, { token: tokens[1] });
    expect(alive.data).toEqual({ __typename: "Query" });

    const ms = hostileRefused.map((o) => o.ms);
    console.log(
      [
        `fuzz: ${outcomes.length} operations (seed ${SEED}) over ${fields.size} root fields in ${seconds.toFixed(1)} s (${(outcomes.length / seconds).toFixed(0)}/s)`,
        `  shapes (count, median ms): ${[...shapes]
          .map(
            ([k, n]) =>
              `${k} ${n} ${percentile(
                outcomes.filter((o) => o.c.shape === k).map((o) => o.ms),
                50,
              ).toFixed(0)}`,
          )
          .join(", ")}`,
        `  refused: ${outcomes.filter((o) => o.refused).length}; hostile refused ${hostileRefused.length}/${hostile.length}, latency p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms (under ${CONCURRENCY} concurrent)`,
        `  replayed refused: ${replayed}/${replay.length} refused again, row counts compared per batch of ${REPLAY_BATCH}`,
        `  masked internal errors per field (a subgraph bug the client never sees in detail): ${[...internal].map(([k, n]) => `${k} ${n}`).join(", ") || "none"}`,
        ...[...internalExample].map(([k, body]) => `    e.g. ${k}: ${body}`),
        ...problems.slice(0, 30).map((p) => `  PROBLEM ${p}`),
      ].join("\n"),
    );
    expect(outcomes.length).toBe(RUNS);
    const roots = [sg.schema.getQueryType(), sg.schema.getMutationType()].flatMap((t) =>
      Object.keys(t?.getFields() ?? {}).filter((n) => !n.startsWith("_")),
    );
    expect(fields.size).toBe(roots.length);
    expect(hostileRefused.length, "every hostile shape is refused with a 4xx").toBe(hostile.length);
    expect(replayed).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(isObjectType(sg.schema.getMutationType())).toBe(true);
  }, 600_000);
});
