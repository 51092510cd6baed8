/**
 * Tenant isolation, walked from the composed schema (issue 4's "Done means",
 * the seed of issue 10's leak scanner). For every role in two organizations it
 * calls every Query root field through the gateway (another organization's ids
 * in the id arguments, then ids out of the caller's scope, then one of their
 * own), and every entity type through `_entities` on each subgraph that
 * resolves it (signed as the gateway), and fails on anything of the other
 * organization, or of another local association where that is decided.
 * Every Mutation root field is called too, for every caller, with the other
 * organization's ids in every id argument (top level, lists, input objects):
 * the answer must reveal nothing of theirs and not one of their rows may change
 * (a digest of every row with their organization_id, before and after).
 * New fields and types are covered without editing this file.
 *
 * The policy it enforces, as the subgraph READMEs decide it (nothing else):
 *
 * | what                                   | org_admin        | coordinator                       | peer_mentor                         | decided in            |
 * |----------------------------------------|------------------|-----------------------------------|-------------------------------------|-----------------------|
 * | anything of another organization       | never            | never                             | never                               | DESIGN.md 7, all      |
 * | organization, regions, local assoc.    | own organization | own organization (names only)     | own organization (names only)       | organization README   |
 * | activities                             | own organization | own local association             | the ones they performed             | activity README       |
 * | contacts                               | own organization | own local association             | own local association               | activity README       |
 * | contacts' sensitive values (planted)   | per policy       | per policy                        | only contacts they work with, never | organization README   |
 * |                                        |                  |                                   | what the policy hides (markers)     |                       |
 * | activity types, courses, badges        | own organization | own organization                  | own organization                    | activity, engagement  |
 * | expense types                          | own organization | own organization                  | own organization                    | finance README        |
 * | expenses                               | own organization | own local association + own       | reimbursed to them                  | finance README        |
 * | users (personal data; e-mail as trace) | org's members    | own local association + self      | own local association + self        | identity README       |
 * | memberships                            | own organization | own local association + own       | own local association + own         | organization README   |
 * | activity counts (activityStats)        | own organization | own local association             | none (null)                         | reporting README      |
 *
 * Out of scope within the caller's own organization, a bare reference
 * (`{ __typename id }`) is allowed (finance's org-wide expenses point at
 * activities of other local associations); data on it is not.
 */
import { randomInt, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateDemoData, type DemoData } from "@meander/fixtures";
import { SUPERGRAPH_FILE } from "@meander/gateway";
import { createLogger } from "@meander/subgraph-kit";
import { cloneDatabase, gql, type GraphQLResponse, type TestDatabase } from "@meander/testing";
import { startPlatform, type Platform } from "../src/platform.js";
import { checkAnswer, hasSubstance, type EntityCall, type Finding } from "./walker/leaks.js";
import {
  Coverage,
  entityOperation,
  mutationOperations,
  rootOperations,
  type Operation,
  type Target,
} from "./walker/operations.js";
import { entityHomes, loadSupergraph, ownsData } from "./walker/schema.js";
import { buildCaller, organizationDigest, organizationRows, rowsOfType, type Caller } from "./walker/tenants.js";

const data = generateDemoData({
  seed: 7,
  organizations: 2,
  regionsPerOrganization: 1,
  associationsPerRegion: 2,
  mentorsPerAssociation: 2,
  contactsPerMentor: 1,
  activitiesPerMentor: 4,
  referenceDate: new Date("2026-10-01T12:00:00Z"),
});
const ROLES = ["org_admin", "coordinator", "peer_mentor"] as const;
/** At most this share of the fields the walk reaches may be left out (arguments it cannot fill). */
const MAX_SKIPPED_SHARE = 0.1;
const ENTITY_BATCH = 25;

let db: TestDatabase;
let platform: Platform;
const callers: Caller[] = [];
/** Tables whose (id, organization_id) rows fed the markers, with their row counts. */
const tablesScanned = new Map<string, number>();

/** A real member holding `role`; the mentor from another local association than the coordinator's, to vary the scope. */
function memberFor(orgId: string, role: (typeof ROLES)[number]): DemoData["memberships"][number] {
  const inOrg = data.memberships.filter((m) => m.organizationId === orgId && m.role === role);
  return role === "peer_mentor" ? inOrg[inOrg.length - 1]! : inOrg[0]!;
}

beforeAll(async () => {
  expect(data.organizations).toHaveLength(2);
  for (const org of data.organizations) {
    const has = (list: Array<{ organizationId: string }>) => list.some((x) => x.organizationId === org.id);
    expect(data.localAssociations.filter((l) => l.organizationId === org.id).length).toBeGreaterThanOrEqual(2);
    for (const list of [data.contacts, data.activities, data.expenses, data.courses, data.badges, data.regions])
      expect(has(list)).toBe(true);
  }
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    port: 0,
    seed: data,
    keyDir: null,
    scheduledJobs: false,
    log: createLogger("isolation", "silent"),
  });
  const rows = await organizationRows(platform.database.db);
  for (const r of rows) tablesScanned.set(r.table, (tablesScanned.get(r.table) ?? 0) + 1);
  for (const [i, org] of data.organizations.entries()) {
    for (const role of ROLES) {
      const m = memberFor(org.id, role);
      const token = await platform.mint({
        userId: m.userId,
        organizationId: org.id,
        localAssociationId: m.localAssociationId,
        role,
      });
      callers.push(buildCaller(data, rows, m, `${role}@${"AB"[i]}(${org.shortName})`, token));
    }
  }
  await plantSensitiveValues();
});

/**
 * The restricted mentor (issue 18 item 3): each organization hides health information from peer mentors, and every
 * sensitive value of a contact the mentor does not work with, or hidden from mentors, becomes a marker the walk
 * (root fields, `_entities`) must never meet in the mentor's answers.
 */
async function plantSensitiveValues() {
  for (const mentor of callers.filter((c) => c.role === "peer_mentor")) {
    const as = async (role: "org_admin" | "coordinator") => {
      const m = data.memberships.find(
        (x) =>
          x.organizationId === mentor.organizationId &&
          x.role === role &&
          (role === "org_admin" || x.localAssociationId === mentor.localAssociationId),
      )!;
      return platform.mint({
        userId: m.userId,
        organizationId: m.organizationId,
        localAssociationId: m.localAssociationId,
        role,
      });
    };
    const call = async (token: string, query: string, variables: Record<string, unknown>) => {
      const r = await gql(platform.url, query, variables, { token });
      expect(r.errors, query).toBeUndefined();
      return r.data!;
    };
    const marker = (what: string) => {
      const value = `SENSITIV-${randomUUID()}`;
      mentor.markers.set(value, what);
      return value;
    };
    // Phones are validated where they are stored (E.164): a random Norwegian mobile number, looked for as stored.
    const phoneMarker = (what: string) => {
      const value = `+474${String(randomInt(10_000_000)).padStart(7, "0")}`;
      mentor.markers.set(value, what);
      return value;
    };
    await call(
      await as("org_admin"),
      `mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }`,
      {
        input: {
          sensitiveFieldPolicy: [{ field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: ["PEER_MENTOR"] }],
        },
      },
    );
    const create = `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`;
    const coordinator = await as("coordinator");
    // A contact of the mentor's local association that the mentor does not work with: nothing sensitive of it.
    const other = (
      await call(coordinator, create, {
        input: {
          firstName: "Ragnhild",
          lastName: "Lie",
          address: marker("address of a contact the mentor does not work with"),
          healthInfo: marker("health information of a contact the mentor does not work with"),
        },
      })
    ).createContact.id;
    await call(
      coordinator,
      `mutation($c: ID!, $input: ContactRelationInput!) { addContactRelation(contactId: $c, input: $input) { id } }`,
      {
        c: other,
        input: {
          kind: "CAREGIVER",
          name: "Pårørende",
          phone: phoneMarker("caregiver's phone of a contact the mentor does not work with"),
        },
      },
    );
    await call(coordinator, `mutation($c: ID!, $b: String!) { addContactNote(contactId: $c, body: $b) { id } }`, {
      c: other,
      b: marker("note on a contact the mentor does not work with"),
    });
    // A contact the mentor created (works with): the health information the policy hides from mentors.
    await call(mentor.token, create, {
      input: {
        firstName: "Torbjørn",
        lastName: "Aas",
        healthInfo: marker("health information hidden from peer mentors by the policy"),
      },
    });
  }
  await platform.settle();
}

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

interface Tally {
  operations: number;
  checks: number;
  findings: Finding[];
  allowedSeen: Map<string, number>;
  errorCodes: Map<string, number>;
}

function record(t: Tally, caller: Caller, op: Operation, answer: GraphQLResponse, entity?: EntityCall) {
  const r = checkAnswer(caller, op, answer, entity);
  t.operations += 1;
  t.checks += r.checks;
  t.findings.push(...r.findings);
  t.allowedSeen.set(caller.label, (t.allowedSeen.get(caller.label) ?? 0) + r.allowedSeen);
  for (const e of answer.errors ?? []) {
    const code = `${String(e.extensions?.code ?? "none")}`;
    t.errorCodes.set(code, (t.errorCodes.get(code) ?? 0) + 1);
  }
  expect(answer.status, `${caller.label} ${op.label}`).toBeLessThan(500);
}

function report(title: string, t: Tally, cov: Coverage, extra: string[] = []) {
  const lines = [
    `${title}: ${t.operations} operations, ${t.checks} checks, ${t.findings.length} findings`,
    `  fields reached ${cov.fields.size}, skipped ${cov.skipped.size}${[...cov.skipped].map(([k, why]) => `\n    skipped ${k}: ${why}`).join("")}`,
    `  ids of their own seen per caller: ${[...t.allowedSeen].map(([k, n]) => `${k} ${n}`).join(", ")}`,
    `  forbidden per caller (markers / out-of-scope ids): ${callers.map((c) => `${c.label} ${c.markers.size}/${c.scoped.size}`).join(", ")}`,
    `  error codes: ${[...t.errorCodes].map(([k, n]) => `${k} ${n}`).join(", ") || "none"}`,
    ...extra,
    ...t.findings.map((f) => `  LEAK [${f.rule}] ${f.caller} ${f.operation}: ${f.detail}`),
  ];
  console.log(lines.join("\n"));
}

const newTally = (): Tally => ({
  operations: 0,
  checks: 0,
  findings: [],
  allowedSeen: new Map(),
  errorCodes: new Map(),
});

describe("tenant isolation, walked from the composed schema", () => {
  const sg = loadSupergraph(SUPERGRAPH_FILE);

  it("the check itself catches planted leaks (so a quiet walk means something)", () => {
    const admin = callers.find((c) => c.role === "org_admin")!;
    const coordinator = callers.find((c) => c.role === "coordinator" && c.organizationId === admin.organizationId)!;
    const mentor = callers.find((c) => c.role === "peer_mentor" && c.organizationId === admin.organizationId)!;
    const otherActivity = data.activities.find((a) => a.organizationId !== admin.organizationId)!;
    const otherPerson = data.people.find((p) => admin.markers.has(p.email))!;
    const outOfScope = data.activities.find((a) => coordinator.scoped.has(a.id))!;
    const op: Operation = { label: "planted", query: "", variables: {}, targets: [] };
    const answer = (d: unknown, message = "ok") => ({
      status: 200,
      headers: new Headers(),
      data: d as Record<string, unknown>,
      errors: [{ message }],
    });
    const rules = (c: Caller, a: ReturnType<typeof answer>, entity?: EntityCall, targets: Target[] = []) =>
      checkAnswer(c, { ...op, targets }, a, entity).findings.map((f) => f.rule);

    expect(rules(admin, answer({ activity: { __typename: "Activity", id: otherActivity.id } }))).toContain("marker");
    expect(rules(admin, answer(null, `no such user ${otherPerson.email}`))).toContain("marker");
    expect(rules(coordinator, answer({ a: { __typename: "Activity", id: outOfScope.id, title: "x" } }))).toEqual([
      "object",
    ]);
    expect(rules(coordinator, answer({ a: { __typename: "Activity", id: outOfScope.id, title: null } }))).toEqual([]);
    const target: Target = { id: outOfScope.id, kind: "out-of-scope", typeName: "Activity" };
    expect(
      rules(
        coordinator,
        answer({ _entities: [{ __typename: "Activity", id: outOfScope.id, title: "x" }] }),
        { key: "id", owner: true },
        [target],
      ),
    ).toContain("entity");
    expect(
      rules(
        coordinator,
        answer({ _entities: [{ __typename: "Activity", id: outOfScope.id }] }),
        { key: "id", owner: true },
        [target],
      ),
    ).toEqual([]);
    const stats = {
      __typename: "LocalAssociation",
      id: coordinator.localAssociationId,
      activityStats: { registered: 1 },
    };
    expect(rules(coordinator, answer({ la: stats }))).toEqual([]);
    expect(rules(mentor, answer({ la: stats }))).toEqual(["stats"]);
  });

  it("every Query root field, for every role of both organizations, gives nothing of the other organization or out of scope", async () => {
    const t = newTally();
    const cov = new Coverage();
    for (const caller of callers) {
      for (const op of rootOperations(sg, (name) => caller.ids(name), cov)) {
        record(t, caller, op, await gql(platform.url, op.query, op.variables, { token: caller.token }));
      }
    }
    report("root fields through the gateway", t, cov);
    expect(cov.skipped.size / cov.fields.size).toBeLessThanOrEqual(MAX_SKIPPED_SHARE);
    for (const caller of callers)
      expect(t.allowedSeen.get(caller.label) ?? 0, `${caller.label} saw nothing of their own`).toBeGreaterThan(0);
    expect(t.findings).toEqual([]);
  }, 300_000); // hundreds of operations for six callers: minutes on a loaded 2-core CI machine

  it("every entity through _entities on each subgraph that resolves it, signed as the gateway, gives nothing out of scope", async () => {
    const t = newTally();
    const cov = new Coverage();
    const homes = entityHomes(sg);
    const noIds = new Set<string>();
    let ownResolved = 0;
    for (const caller of callers) {
      for (const home of homes) {
        const all = rowsOfType(data, home.type.name);
        if (all.length === 0) noIds.add(home.type.name);
        const ids = [...new Set(all.map((r) => r.id))];
        const targets: Target[] = [
          ...ids
            .filter((id) => caller.markers.has(id))
            .slice(0, ENTITY_BATCH)
            .map((id) => ({ id, kind: "other-organization" as const, typeName: home.type.name })),
          ...ids
            .filter((id) => caller.scoped.has(id))
            .slice(0, ENTITY_BATCH)
            .map((id) => ({ id, kind: "out-of-scope" as const, typeName: home.type.name })),
        ];
        const own = ids.filter((id) => caller.allowed.has(id) || id === caller.userId).slice(0, 10);
        const url = platform.subgraphUrls[home.subgraph as keyof Platform["subgraphUrls"]];
        const sign = { token: caller.token, signingSecret: platform.signingSecret };
        const entity = { key: home.key, owner: ownsData(home) };
        if (targets.length) {
          const op = entityOperation(home, targets, cov);
          record(t, caller, op, await gql(url, op.query, op.variables, sign), entity);
        }
        if (own.length && entity.owner) {
          const op = entityOperation(
            home,
            own.map((id) => ({ id, kind: "own" as const, typeName: home.type.name })),
            cov,
          );
          const answer = await gql(url, op.query, op.variables, sign);
          record(t, caller, op, answer, entity);
          ownResolved += ((answer.data?._entities as unknown[] | undefined) ?? []).filter(hasSubstance).length;
        }
      }
    }
    report("entities through the subgraphs", t, cov, [
      `  entity homes: ${homes.map((h) => `${h.type.name}@${h.subgraph}`).join(", ")}`,
      `  own entities resolved (positive control): ${ownResolved}`,
      `  entity types without known ids: ${[...noIds].join(", ") || "none"}`,
      `  tables scanned for organization ids: ${[...tablesScanned].map(([k, n]) => `${k} ${n}`).join(", ")}`,
    ]);
    expect(noIds.size).toBe(0);
    expect(ownResolved).toBeGreaterThan(0);
    expect(cov.skipped.size / cov.fields.size).toBeLessThanOrEqual(MAX_SKIPPED_SHARE);
    expect(t.findings).toEqual([]);
  });

  it("every mutation, for every role of both organizations, with the other organization's ids, reveals and changes nothing of theirs", async () => {
    const t = newTally();
    const cov = new Coverage();
    let rejected = 0;
    const writes: string[] = [];
    for (const caller of callers) {
      const other = data.organizations.find((o) => o.id !== caller.organizationId)!.id;
      const otherIds = (name: string) => {
        const mine = caller.ids(name).filter((x) => x.kind === "other-organization");
        return mine.length ? mine : caller.ids(name).filter((x) => x.kind === "made-up");
      };
      const ops = mutationOperations(
        sg,
        (name) =>
          otherIds(name).length ? otherIds(name) : [{ id: randomUUID(), kind: "made-up" as const, typeName: name }],
        cov,
      );
      await platform.settle();
      const before = await organizationDigest(platform.database.db, other);
      for (const op of ops) {
        // A fresh session per call: a mutation such as logout must not silence the ones after it.
        const token = await platform.mint({
          userId: caller.userId,
          organizationId: caller.organizationId,
          localAssociationId: caller.localAssociationId,
          role: caller.role,
        });
        const answer = await gql(platform.url, op.query, op.variables, { token });
        record(t, caller, op, answer);
        if (answer.errors?.length) rejected += 1;
      }
      await platform.settle();
      const after = await organizationDigest(platform.database.db, other);
      for (const [table, digest] of after) {
        t.checks += 1;
        if (before.get(table) !== digest)
          writes.push(`${caller.label}: ${table} of the other organization changed (${before.get(table)} → ${digest})`);
      }
    }
    // Positive control: the digest notices a change to one of the other organization's rows (reverted at once).
    const org = data.organizations[1]!;
    const before = await organizationDigest(platform.database.db, org.id);
    await platform.database.db.execute(
      sql`update organization.local_associations set name = name || '~' where organization_id = ${org.id}`,
    );
    const touched = await organizationDigest(platform.database.db, org.id);
    await platform.database.db.execute(
      sql`update organization.local_associations set name = left(name, -1) where organization_id = ${org.id}`,
    );
    expect([...touched].filter(([k, v]) => before.get(k) !== v).map(([k]) => k)).toEqual([
      "organization.local_associations",
    ]);
    expect(await organizationDigest(platform.database.db, org.id)).toEqual(before);
    report("mutations with the other organization's ids", t, cov, [
      `  answered with errors: ${rejected}`,
      ...writes.map((w) => `  WRITE ${w}`),
    ]);
    expect(cov.fields.size).toBeGreaterThan(0);
    expect(cov.skipped.size / cov.fields.size).toBeLessThanOrEqual(MAX_SKIPPED_SHARE);
    expect(writes).toEqual([]);
    expect(t.findings).toEqual([]);
  }, 300_000); // hundreds of operations for six callers: minutes on a loaded 2-core CI machine
});
