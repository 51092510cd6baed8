/**
 * Tenant isolation at the database (issue #10 item 2): identity runs each request as meander_app with the caller's
 * organization and user set, so resolvers that forgot their filter (swapped in below, through GraphQL, on real
 * PostgreSQL) still get nothing of another organization: users, _entities, sessions, memberships, push tokens and
 * peer mentor status entries. A person in two organizations shows only the part of the one asking.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, scopes, type Db } from "@meander/db";
import { createSubgraphService } from "@meander/subgraph-kit";
import { dataOf, startSubgraph, type SubgraphHarness } from "@meander/testing";
import type { IdentityContext } from "../src/context.js";
import { createUserRepository } from "../src/db/repositories/users.js";
import { deviceTokens, membershipProjection, peerMentorStatusLog, sessions } from "../src/db/schema/index.js";
import { contextOf } from "../src/domain/session.js";
import { acceptInvitation } from "../src/application/invitations.js";
import { resolvers } from "../src/resolvers/index.js";
import { identitySpec } from "../src/server.js";
import { asToken, loginOk, memberships, PASSWORD, person, type AuthPayload, type Person } from "./arrange.js";

/** Identity with its filters forgotten: every one of these reads the whole table (or any user by id). */
const userById = async (ctx: IdentityContext, id: string) =>
  createUserRepository(await ctx.db(), scopes.platform()).byId(id);
const unfiltered = {
  ...resolvers,
  Query: {
    ...resolvers.Query,
    user: async (_p: unknown, { id }: { id: string }, ctx: IdentityContext) => userById(ctx, id),
    mySessions: async (_p: unknown, _a: unknown, ctx: IdentityContext) => (await ctx.db()).select().from(sessions),
    myMemberships: async (_p: unknown, _a: unknown, ctx: IdentityContext) =>
      (await (await ctx.db()).select().from(membershipProjection)).map(contextOf),
    myDeviceTokens: async (_p: unknown, _a: unknown, ctx: IdentityContext) =>
      (await ctx.db()).select().from(deviceTokens),
  },
  User: {
    ...resolvers.User,
    __resolveReference: async (ref: { id: string }, ctx: IdentityContext) => userById(ctx, ref.id),
    peerMentorStatusLog: async (_u: unknown, _a: unknown, ctx: IdentityContext) =>
      (await ctx.db()).select().from(peerMentorStatusLog),
  },
  Mutation: {
    ...resolvers.Mutation,
    // Answers whether the request (after whatever ran before it) sees anyone else's push token.
    removeDeviceToken: (_p: unknown, _a: unknown, ctx: IdentityContext) => seesOthersTokens(ctx),
    // A sign-in flow that fails inside its transaction (unknown invitation), then the same question.
    logout: async (_p: unknown, _a: unknown, ctx: IdentityContext) => {
      const failed = await acceptInvitation(ctx.platformUow, { token: "unknown" }, ctx.now()).then(
        () => false,
        () => true,
      );
      return failed && !(await seesOthersTokens(ctx));
    },
  },
};

async function seesOthersTokens(ctx: IdentityContext): Promise<boolean> {
  return (await (await ctx.db()).select().from(deviceTokens)).some((t) => t.userId !== ctx.viewer?.userId);
}

let h: SubgraphHarness;
const orgA = randomUUID();
const orgB = randomUUID();
const laA1 = randomUUID();
const laA2 = randomUUID();
const laB = randomUUID();
let adminA: Person, kari: Person, ola: Person, per: Person, adminB: Person, global: Person;
const s: Record<string, AuthPayload> = {};

const REGISTER = `mutation($t: String!) { registerDeviceToken(platform: IOS, token: $t, deviceName: "Phone") { token } }`;
const CHANGE = `mutation($u: ID!, $to: PeerMentorStatus!, $r: String) { changePeerMentorStatus(userId: $u, to: $to, reason: $r) { id } }`;
const USER = `query($id: ID!) { user(id: $id) { id } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id } } }`;
const apns = () => randomUUID().replace(/-/g, "").repeat(2);

beforeAll(async () => {
  h = await startSubgraph((deps) =>
    createSubgraphService<IdentityContext>({ ...identitySpec(deps), resolvers: unfiltered }, deps),
  );
  [adminA, kari, ola, per, adminB, global] = (await Promise.all(
    ["admin-a", "kari", "ola", "per", "admin-b", "global"].map((n) => person(h, `${n}@rls.example.no`)),
  )) as [Person, Person, Person, Person, Person, Person];
  await memberships(h, [
    { userId: adminA.id, organizationId: orgA, localAssociationId: laA1, role: "org_admin", isPrimary: true },
    { userId: kari.id, organizationId: orgA, localAssociationId: laA1, role: "peer_mentor", isPrimary: true },
    { userId: kari.id, organizationId: orgB, localAssociationId: laB, role: "peer_mentor" }, // kari is in both
    { userId: ola.id, organizationId: orgA, localAssociationId: laA2, role: "peer_mentor", isPrimary: true },
    { userId: per.id, organizationId: orgB, localAssociationId: laB, role: "peer_mentor", isPrimary: true },
    { userId: adminB.id, organizationId: orgB, localAssociationId: laB, role: "org_admin", isPrimary: true },
    { userId: global.id, organizationId: orgB, localAssociationId: laB, role: "global_admin", isPrimary: true },
  ]);
  for (const [name, p] of Object.entries({ adminA, kari, ola, per, adminB, global }))
    s[name] = await loginOk(h, p.email);
  for (const name of ["kari", "per"]) dataOf(await asToken(h, s[name]!.accessToken, REGISTER, { t: apns() }));
  dataOf(await asToken(h, s.kari!.accessToken, CHANGE, { u: kari.id, to: "PAUSED" })); // an entry of organization A
  dataOf(await asToken(h, s.per!.accessToken, CHANGE, { u: per.id, to: "PAUSED" })); // of organization B
  dataOf(await asToken(h, s.global!.accessToken, CHANGE, { u: per.id, to: "SUSPENDED", r: "Per's case, B only" })); // no organization
});

afterAll(() => h?.stop());

const as = <D = Record<string, any>>(who: string, query: string, variables: Record<string, unknown> = {}) =>
  asToken<D>(h, s[who]!.accessToken, query, variables).then(dataOf);

describe("identity: a resolver that forgot its filter", () => {
  it("finds no user of another organization by id or through _entities", async () => {
    expect((await as("adminA", USER, { id: per.id })).user).toBeNull();
    expect((await as("adminA", USER, { id: global.id })).user).toBeNull();
    expect((await as("adminA", USER, { id: ola.id })).user).toEqual({ id: ola.id });
    const reps = [kari, per, adminB, global].map((p) => ({ __typename: "User", id: p.id }));
    expect((await as("adminA", ENTITIES, { r: reps }))._entities).toEqual([{ id: kari.id }, null, null, null]);
    const fromB = [kari, per, adminA, ola].map((p) => ({ __typename: "User", id: p.id }));
    expect((await as("per", ENTITIES, { r: fromB }))._entities).toEqual([{ id: kari.id }, { id: per.id }, null, null]); // kari is in B too
    expect((await as("per", USER, { id: adminA.id })).user).toBeNull();
  });

  it("keeps a mentor or coordinator to their local association, and lets a global administrator see everyone", async () => {
    expect((await as("kari", USER, { id: ola.id })).user).toBeNull();
    expect((await as("kari", USER, { id: adminA.id })).user).toEqual({ id: adminA.id });
    const reps = [adminA, per].map((p) => ({ __typename: "User", id: p.id }));
    expect((await as("global", ENTITIES, { r: reps }))._entities).toEqual([{ id: adminA.id }, { id: per.id }]);
  });

  it("lists only sessions of the organization and the caller's own, never another organization's or a global administrator's", async () => {
    const ids = (await as<{ mySessions: { id: string }[] }>("adminA", `{ mySessions { id } }`)).mySessions.map(
      (x) => x.id,
    );
    expect(ids).toEqual(expect.arrayContaining([s.adminA!.session.id, s.kari!.session.id, s.ola!.session.id]));
    for (const other of ["per", "adminB", "global"]) expect(ids).not.toContain(s[other]!.session.id);
  });

  it("lists the organization's memberships and the caller's own everywhere, not a fellow member's elsewhere", async () => {
    const orgs = async (who: string) =>
      (
        await as<{ myMemberships: { organizationId: string }[] }>(who, `{ myMemberships { organizationId } }`)
      ).myMemberships.map((m) => m.organizationId);
    expect(new Set(await orgs("adminA"))).toEqual(new Set([orgA])); // kari's membership in B stays B's
    expect(new Set(await orgs("ola"))).toEqual(new Set([orgA]));
    expect(new Set(await orgs("kari"))).toEqual(new Set([orgA, orgB])); // her own, in both
  });

  it("lists only the caller's own push tokens", async () => {
    expect((await as("adminA", `{ myDeviceTokens { token } }`)).myDeviceTokens).toEqual([]);
    expect((await as("kari", `{ myDeviceTokens { token } }`)).myDeviceTokens).toHaveLength(1);
  });

  it("shows peer mentor status entries only about users the caller can see, and of their organization", async () => {
    const LOG = `{ me { peerMentorStatusLog { userId reason } } }`;
    const users = async (who: string) =>
      (await as<{ me: { peerMentorStatusLog: { userId: string; reason: string | null }[] } }>(who, LOG)).me
        .peerMentorStatusLog;
    expect(await users("adminA")).toEqual([{ userId: kari.id, reason: null }]);
    const b = await users("adminB");
    expect(b.map((e) => e.userId).sort()).toEqual([per.id, per.id].sort()); // its own entry and the global administrator's
    expect(b).not.toContainEqual(expect.objectContaining({ userId: kari.id })); // kari's entry is organization A's
  });
});

describe("identity: the sign-in flows' platform scope", () => {
  const LEAK = `leak: removeDeviceToken(token: "x")`;
  it("lasts only for the flow's own transaction, also when a signed-in caller signs in again", async () => {
    const r = await asToken<{ login: { user: { id: string } }; leak: boolean }>(
      h,
      s.adminA!.accessToken,
      `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p, device: { name: "Laptop", platform: "web" } }) { user { id } } ${LEAK} }`,
      { e: per.email, p: PASSWORD },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ login: { user: { id: per.id } }, leak: false });
  });

  it("is put back when the flow fails", async () => {
    // logout is swapped for: acceptInvitation (unknown token: refused inside its transaction), then no other's token seen.
    expect(await as("adminA", `mutation { logout }`)).toEqual({ logout: true });
  });
});

describe("identity: row-level security in the catalog", () => {
  it("forces RLS on every table of identity but the consumers' bookkeeping, with the documented policies", async () => {
    const db: Db = h.db;
    const tables = await queryRows<{ relname: string; rls: boolean; forced: boolean }>(
      db,
      sql`select c.relname, c.relrowsecurity as rls, c.relforcerowsecurity as forced from pg_class c
          join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'identity' and c.relkind = 'r' order by c.relname`,
    );
    expect(tables.filter((t) => !(t.rls && t.forced)).map((t) => t.relname)).toEqual(["processed_events"]);
    const policies = await queryRows<{ t: string; p: string; permissive: string }>(
      db,
      sql`select tablename as t, policyname as p, permissive from pg_policies where schemaname = 'identity' order by 1, 2`,
    );
    expect(policies.map((x) => `${x.t}.${x.p}${x.permissive === "RESTRICTIVE" ? " (restrictive)" : ""}`)).toEqual([
      "device_tokens.identity_own_rows",
      "invitation_addresses.meander_tenant",
      "invitation_projection.meander_tenant",
      "login_throttle.identity_own_rows",
      "membership_projection.identity_own_rows",
      "membership_projection.meander_tenant",
      "oidc_states.identity_platform_only",
      "organization_data_keys.identity_user_keys",
      "organization_data_keys.meander_tenant",
      "outbox.meander_tenant",
      "outbox.meander_tenant_events",
      "outbox.meander_tenant_shared",
      "password_credentials.identity_own_rows",
      "peer_mentor_profiles.identity_user_visible",
      "peer_mentor_status_log.identity_own_rows",
      "peer_mentor_status_log.identity_user_scope (restrictive)",
      "peer_mentor_status_log.meander_tenant",
      "peer_mentor_status_log.meander_tenant_shared",
      "refresh_tokens.identity_session_rows",
      "sessions.identity_own_rows",
      "sessions.identity_user_scope (restrictive)",
      "sessions.meander_tenant",
      "sessions.meander_tenant_shared",
      "subject_data_keys.identity_user_keys",
      "subject_data_keys.meander_tenant",
      "subject_key_migration.identity_platform_only",
      "user_identities.identity_own_rows",
      "user_settings.identity_own_rows",
      "users.identity_user_visible",
    ]);
  });
});
