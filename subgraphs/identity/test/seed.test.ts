import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "@meander/fixtures";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { DEMO_PASSWORD, seedDemo } from "../src/seed.js";
import { createSubgraph } from "../src/server.js";
import { login } from "./arrange.js";

let h: SubgraphHarness;
const data = generateDemoData({ seed: 11, organizations: 1, regionsPerOrganization: 1, associationsPerRegion: 1, mentorsPerAssociation: 2 });

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await seedDemo(h.db, data);
  await h.bus.publish(
    data.memberships.map((m) =>
      makeEvent("organization.membership.added", { membershipId: m.id, userId: m.userId, localAssociationId: m.localAssociationId, role: m.role, isPrimary: m.isPrimary }, { organizationId: m.organizationId }),
    ),
  );
  await h.bus.idle();
});

afterAll(() => h?.stop());

describe("identity: demo seed (embedded mode)", () => {
  it("lets every demo person sign in with the demo password, in their primary membership", async () => {
    const m = data.memberships.find((x) => x.isPrimary)!;
    const person = data.people.find((p) => p.id === m.userId)!;
    const r = await login(h, person.email, DEMO_PASSWORD);
    expect(r.errors).toBeUndefined();
    expect(r.data?.login.context).toMatchObject({ membershipId: m.id, organizationId: m.organizationId, role: m.role });
  });
});
