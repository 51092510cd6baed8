import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData, type DemoData } from "@meander/fixtures";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { outbox } from "../src/db/schema/index.js";
import { seedDemo } from "../src/seed.js";
import { createSubgraph } from "../src/server.js";

let h: SubgraphHarness;
let data: DemoData;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  data = generateDemoData({ organizations: 2, referenceDate: new Date("2026-06-01T00:00:00Z") });
  await seedDemo(h.db, data);
});

afterAll(() => h?.stop());

describe("organization: demo seed", () => {
  it("writes the fixture tree and memberships through the use cases, events included", async () => {
    const counts = await h.db
      .select({ type: outbox.type, n: sql<number>`count(*)::int` })
      .from(outbox)
      .groupBy(outbox.type);
    expect(Object.fromEntries(counts.map((c) => [c.type, c.n]))).toEqual({
      "organization.organization.created": data.organizations.length,
      "organization.local_association.created": data.localAssociations.length,
      "organization.region.created": data.regions.length,
      "organization.membership.added": data.memberships.length,
      // Demo organizations have every feature flag on: one settings change (feature_flags) each.
      "organization.settings.changed": data.organizations.length,
      // Every role granted and every settings change is in the audit log, the seed's too (actor: the system).
      "organization.audit.recorded": data.memberships.length + data.organizations.length,
    });
    const membershipEvents = await h.db.select().from(outbox).where(eq(outbox.type, "organization.membership.added"));
    expect(new Set(membershipEvents.map((e) => (e.payload as { membershipId: string }).membershipId))).toEqual(
      new Set(data.memberships.map((m) => m.id)),
    );
  });

  it("lets each organization's administrator see their own tree and settings", async () => {
    for (const org of data.organizations) {
      const admin = data.memberships.find((m) => m.organizationId === org.id && m.role === "org_admin")!;
      const r = await h.call(
        `{ myOrganization { shortName settings { maxMembershipsPerUser } regions { id } localAssociations(first: 100) { edges { node { id } } } } }`,
        {},
        {
          userId: admin.userId,
          organizationId: org.id,
          localAssociationId: admin.localAssociationId,
          role: "org_admin",
        },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data?.myOrganization).toMatchObject({
        shortName: org.shortName,
        settings: { maxMembershipsPerUser: org.maxMemberships },
      });
      expect(r.data?.myOrganization.regions).toHaveLength(
        data.regions.filter((x) => x.organizationId === org.id).length,
      );
      expect(r.data?.myOrganization.localAssociations.edges).toHaveLength(
        data.localAssociations.filter((x) => x.organizationId === org.id).length,
      );
    }
  });
});
