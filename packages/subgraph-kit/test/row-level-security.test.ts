/**
 * Row-level security through a real subgraph over HTTP on PostgreSQL: a
 * resolver that forgot its organization filter (`select * from notes`) still
 * answers only the caller's organization, because the kit runs each request
 * in one transaction as meander_app with the organization set.
 */
import { randomBytes, randomUUID } from "node:crypto";
import {
  allow,
  createTokenVerifier,
  type TokenVerifier,
  generateSigningKey,
  signAccessToken,
  signRequest,
  SIGNATURE_HEADER,
  type Role,
} from "@meander/auth";
import { connectPostgres, queryRows, secureTenantTables, type DatabaseHandle, type Db } from "@meander/db";
import { createInProcessBus, eventTables } from "@meander/events";
import { sql } from "drizzle-orm";
import { pgSchema } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, createSubgraphService, type Service } from "../src/index.js";

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `meander_t_kit_rls_${randomBytes(4).toString("hex")}`;
const A = randomUUID();
const B = randomUUID();
const settings = { issuer: "meander-identity", audience: "meander" };
const secret = randomBytes(16).toString("hex");
let admin: DatabaseHandle;
let handle: DatabaseHandle;
let service: Service;
let url: string;
/** Calls of the service's token verifier (each request's token is verified once). */
let verifications = 0;
let verify: TokenVerifier;
let key: Awaited<ReturnType<typeof generateSigningKey>>["key"];

async function call(as: { role: Role; org: string | null } | null, query = "{ notes { body organizationId } }") {
  const body = JSON.stringify({ query });
  const headers: Record<string, string> = {
    "content-type": "application/json",
    [SIGNATURE_HEADER]: signRequest(secret, body),
  };
  if (as) {
    const claims = { sub: randomUUID(), sid: randomUUID(), org: as.org, la: null, role: as.role };
    headers.authorization = `Bearer ${await signAccessToken(key, claims, settings)}`;
  }
  const res = await fetch(url, { method: "POST", headers, body });
  return (await res.json()) as {
    data?: { notes: Array<{ body: string; organizationId: string }> };
    errors?: unknown[];
  };
}

beforeAll(async () => {
  admin = connectPostgres(adminUrl, { max: 1 });
  await admin.db.execute(sql.raw(`create database ${name}`));
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  handle = connectPostgres(u.toString(), { max: 4 });
  await handle.db.execute(
    sql.raw(`
    create schema kitrls;
    create table kitrls.outbox (position bigserial primary key, id uuid not null unique, type text not null, version integer not null,
      topic text not null, aggregate_id text not null, organization_id uuid, actor_id uuid, occurred_at timestamptz not null,
      payload jsonb not null, sent_at timestamptz, attempts integer not null default 0, last_error text, headers jsonb);
    create table kitrls.processed_events (consumer text not null, event_id uuid not null, processed_at timestamptz not null default now(),
      primary key (consumer, event_id));
    create table kitrls.notes (id serial primary key, organization_id uuid not null, body text not null);
    insert into kitrls.notes (organization_id, body) values ('${A}', 'a-one'), ('${A}', 'a-two'), ('${B}', 'b-secret');
  `),
  );
  await secureTenantTables(handle.db, "kitrls");
  ({ key } = await generateSigningKey(`kit-rls-${randomUUID()}`));
  verify = createTokenVerifier({ keys: [key.publicJwk] }, settings);
  service = await createSubgraphService(
    {
      name: "organization", // its audit event type is in the catalog; the tables are kitrls's
      rowLevelSecurity: true,
      schemaFile: new URL("./rls-fixture.graphql", import.meta.url),
      resolvers: {
        Mutation: {
          addNote: async (
            _: unknown,
            { body }: { body: string },
            ctx: { db: Db; viewer: { organizationId: string } },
          ) => {
            await ctx.db.execute(
              sql`insert into kitrls.notes (organization_id, body) values (${ctx.viewer.organizationId}, ${body})`,
            );
            return { body, organizationId: ctx.viewer.organizationId };
          },
          failingStatement: async (_: unknown, __: unknown, ctx: { db: Db }) => {
            await ctx.db.execute(sql`select ${"not-a-uuid"}::uuid`);
            return true;
          },
        },
        Query: {
          notes: (_: unknown, __: unknown, ctx: { db: Db }) =>
            queryRows<{ body: string; organization_id: string }>(
              ctx.db,
              sql`select * from kitrls.notes order by id`,
            ).then((rows) => rows.map((r) => ({ body: r.body, organizationId: r.organization_id }))),
        },
      },
      permissions: { Query: { notes: allow }, Mutation: { addNote: allow, failingStatement: allow }, Note: allow },
      events: eventTables(pgSchema("kitrls")),
      context: (base, { db, uow }) => ({ ...base, db, uow }),
    },
    {
      db: handle.db,
      bus: createInProcessBus(),
      verifier: (token) => {
        verifications++;
        return verify(token);
      },
      signingSecret: secret,
      log: createLogger("kit-rls", "silent"),
      relayPollMs: 50,
    },
  );
  url = (await service.start(0)).url;
});

afterAll(async () => {
  await service?.stop();
  await handle?.close();
  await admin?.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
  await admin?.close();
});

describe("a request whose resolver forgot its organization filter", () => {
  it("gets only the caller's organization", async () => {
    const a = await call({ role: "org_admin", org: A });
    expect(a.errors).toBeUndefined();
    expect(a.data?.notes.map((n) => n.body)).toEqual(["a-one", "a-two"]);
    const b = await call({ role: "peer_mentor", org: B });
    expect(b.data?.notes).toEqual([{ body: "b-secret", organizationId: B }]);
  });

  it("gets nothing without a viewer (no scope set)", async () => {
    const r = await call(null);
    expect(r.errors).toBeUndefined();
    expect(r.data?.notes).toEqual([]);
  });

  it("a global administrator reads across organizations (platform scope), audited in the same transaction", async () => {
    const r = await call({ role: "global_admin", org: null });
    expect(r.data?.notes.map((n) => n.body)).toEqual(["a-one", "a-two", "b-secret"]);
    const audit = await queryRows<{ type: string }>(handle.db, sql`select type from kitrls.outbox`);
    expect(audit.map((e) => e.type)).toEqual(["organization.audit.recorded"]);
  });

  it("verifies the caller's token once per request (the transaction's scope and the context share the verdict)", async () => {
    verifications = 0;
    const r = await call({ role: "org_admin", org: A });
    expect(r.errors).toBeUndefined();
    expect(verifications).toBe(1);
    verifications = 0;
    const body = JSON.stringify({ query: "{ notes { body } }" });
    const headers = {
      "content-type": "application/json",
      [SIGNATURE_HEADER]: signRequest(secret, body),
      authorization: "Bearer not-a-token",
    };
    const bad = await fetch(url, { method: "POST", headers, body });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
      "UNAUTHENTICATED",
    );
    expect(verifications).toBe(1);
  });

  it("a request whose statement failed part-way saves nothing and says so (never a silent rollback)", async () => {
    const before = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from kitrls.notes`);
    const r = await call(
      { role: "org_admin", org: A },
      `mutation { addNote(body: "lost?") { body } failingStatement }`,
    );
    expect(r.data ?? null).toBeNull();
    const codes = (r.errors as Array<{ extensions?: { code?: string } }>).map((e) => e.extensions?.code);
    expect(codes).toContain("BAD_USER_INPUT"); // the cause, as the failing field answered it
    expect(codes.at(-1)).toBe("REQUEST_ROLLED_BACK");
    expect(await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from kitrls.notes`)).toEqual(before);
    // The same mutation without the failing statement is saved.
    const ok = await call({ role: "org_admin", org: A }, `mutation { addNote(body: "kept") { body } }`);
    expect(ok.errors).toBeUndefined();
    expect(
      await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from kitrls.notes where body = 'kept'`),
    ).toEqual([{ n: 1 }]);
    await handle.db.execute(sql`delete from kitrls.notes where body = 'kept'`); // the other tests read the seeded notes
  });
});
