/**
 * Onboarding (issue 18 item 1): createOrganization (global administrators) makes the organization, its settings,
 * first region and local association and its first administrator's invitation in ONE transaction, and the operator's
 * bootstrap invites a global administrator into the operator organization (made on first use, then reused).
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR_ORGANIZATION } from "@meander/fixtures";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { bootstrapGlobalAdmin } from "../src/application/onboarding.js";
import { eventStore, invitations, localAssociations, organizations } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";

let h: SubgraphHarness;
const global = { userId: randomUUID(), organizationId: null, role: "global_admin" as const };
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  organization { id name shortName settings { maxMembershipsPerUser featureFlags { key enabled } } }
  region { name } localAssociation { name municipality } adminInvitation { token invitation { email role status } } } }`;
const input = (over: Record<string, unknown> = {}) => ({
  name: "Hørselshemmedes Landsforbund",
  shortName: "HLF",
  featureFlags: [{ key: "referrals", enabled: true }],
  firstRegion: "HLF Vestland",
  firstLocalAssociation: { name: "HLF Bergen", municipality: "Bergen" },
  adminEmail: "leder@hlf.example.no",
  ...over,
});

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
});
afterAll(() => h?.stop());

describe("createOrganization", () => {
  it("refuses everyone but a global administrator", async () => {
    const r = await h.call(
      CREATE,
      { input: input() },
      { userId: randomUUID(), organizationId: randomUUID(), role: "org_admin" },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("rolls back whole when a later part fails: a bad administrator e-mail leaves no organization behind", async () => {
    const r = await h.call(CREATE, { input: input({ adminEmail: "not an e-mail" }) }, global);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "email" });
    expect(await h.db.select().from(organizations).where(eq(organizations.shortName, "HLF"))).toEqual([]);
    expect(await h.db.select().from(localAssociations).where(eq(localAssociations.name, "HLF Bergen"))).toEqual([]);
  });

  it("names every fault of the organization's own fields at once", async () => {
    const r = await h.call(CREATE, { input: input({ name: " ", organizationNumber: "974783585" }) }, global);
    expect((r.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "name_length",
      "organization_number_format",
    ]);
  });

  it("creates the organization, its settings, first region and unit, and invites its administrator, with their events", async () => {
    const r = await h.call(CREATE, { input: input() }, global);
    expect(r.errors).toBeUndefined();
    const created = r.data!.createOrganization;
    expect(created.organization).toMatchObject({
      name: "Hørselshemmedes Landsforbund",
      shortName: "HLF",
      settings: { maxMembershipsPerUser: 3 },
    });
    expect(created.organization.settings.featureFlags).toContainEqual({ key: "referrals", enabled: true });
    expect(created.region).toEqual({ name: "HLF Vestland" });
    expect(created.localAssociation).toEqual({ name: "HLF Bergen", municipality: "Bergen" });
    expect(created.adminInvitation.invitation).toEqual({
      email: "leder@hlf.example.no",
      role: "ORG_ADMIN",
      status: "OPEN",
    });
    expect(created.adminInvitation.token).toMatch(/^[\w-]{43}$/);
    const events = await h.db
      .select()
      .from(eventStore.outbox)
      .where(eq(eventStore.outbox.organizationId, created.organization.id));
    expect(events.map((e) => e.type).sort()).toEqual([
      // The first settings are a settings change: in the organization's audit log from its first minute.
      "organization.audit.recorded",
      "organization.invitation.address_changed",
      "organization.invitation.created",
      "organization.local_association.created",
      "organization.organization.created",
      "organization.region.created",
      "organization.settings.changed",
    ]);
    // The short name is the organization's: a second one is a CONFLICT, and creates nothing.
    const again = await h.call(
      CREATE,
      { input: input({ name: "Et annet forbund", adminEmail: "annen@example.no" }) },
      global,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "shortName" });
  });
});

describe("bootstrapGlobalAdmin (the operator's command)", () => {
  it("invites a global administrator into the operator organization, made once and reused", async () => {
    const first = await bootstrapGlobalAdmin(h.db, { email: "ada@drift.example.no" });
    const second = await bootstrapGlobalAdmin(h.db, { email: "grace@drift.example.no" });
    expect(first.organization).toMatchObject({
      name: OPERATOR_ORGANIZATION.name,
      shortName: OPERATOR_ORGANIZATION.shortName,
    });
    expect(second.organization.id).toBe(first.organization.id);
    expect(second.localAssociation.id).toBe(first.localAssociation.id);
    expect(first.localAssociation.name).toBe(OPERATOR_ORGANIZATION.unit);
    const rows = await h.db
      .select()
      .from(invitations)
      .where(inArray(invitations.id, [first.invitation.id, second.invitation.id]));
    expect(rows.map((i) => [i.email, i.role, i.localAssociationId]).sort()).toEqual([
      ["ada@drift.example.no", "global_admin", first.localAssociation.id],
      ["grace@drift.example.no", "global_admin", first.localAssociation.id],
    ]);
    expect(first.token).not.toBe(second.token);
  });
});
