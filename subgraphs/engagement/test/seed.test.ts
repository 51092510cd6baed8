import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData, type DemoData } from "@meander/fixtures";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { seedDemo } from "../src/seed.js";
import { createSubgraph } from "../src/server.js";
import { as } from "./support.js";
import { randomUUID } from "node:crypto";
import { enterOrganization } from "@meander/privacy/access-export";
import { engagementExportPart } from "../src/application/privacy/access-export-part.js";

let h: SubgraphHarness;
let data: DemoData;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  data = generateDemoData({
    organizations: 2,
    regionsPerOrganization: 1,
    associationsPerRegion: 1,
    mentorsPerAssociation: 1,
    referenceDate: new Date("2026-06-01T00:00:00Z"),
  });
  await seedDemo(h.db, data);
});

afterAll(() => h?.stop());

describe("engagement: demo seed", () => {
  it("writes each organization's fixture courses and badge catalog", async () => {
    for (const org of data.organizations) {
      const admin = data.memberships.find((m) => m.organizationId === org.id && m.role === "org_admin")!;
      const r = await h.call(
        `{ courses(first: 50) { edges { node { id title kind status } } } badges { key trigger } }`,
        {},
        as(admin.userId, org.id, admin.localAssociationId, "org_admin"),
      );
      expect(r.errors).toBeUndefined();
      const courses = data.courses.filter((c) => c.organizationId === org.id);
      expect(r.data?.courses.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(
        courses.map((c) => c.id).sort(),
      );
      expect(r.data?.courses.edges.every((e: { node: { status: string } }) => e.node.status === "OPEN")).toBe(true);
      expect(r.data?.badges).toEqual(
        expect.arrayContaining([
          { key: "first_activity", trigger: "FIRST_ACTIVITY" },
          { key: "ten_activities", trigger: "APPROVED_ACTIVITIES_10" },
          { key: "one_year", trigger: "ONE_YEAR" },
        ]),
      );
    }
  });
});

describe("engagement: its part of a subject access export (issue 24 item 3)", () => {
  it("holds every engagement category of a demo mentor, and a contact's mentor pairings only", async () => {
    const mentor = data.memberships.find((m) => m.role === "peer_mentor")!;
    const build = (subject: { contactId: string | null; userId: string | null }) =>
      h.db.transaction(async (tx) => {
        await enterOrganization(tx, mentor.organizationId);
        return engagementExportPart(tx, { requestId: randomUUID(), organizationId: mentor.organizationId, subject });
      });
    const part = await build({ contactId: null, userId: mentor.userId });
    for (const key of [
      "certifications",
      "enrollments",
      "notifications",
      "badges",
      "referralLinks",
      "referralEvents",
      "pushDevices",
      "reminders",
      "contactDetails",
    ]) {
      expect(part.categories).toHaveProperty(key);
    }
    // Names of what ids point to, for the readable PDF: the organization's courses and badges.
    const courses = data.courses.filter((c) => c.organizationId === mentor.organizationId);
    expect(courses.length).toBeGreaterThan(0);
    for (const c of courses) expect(part.labels![c.id]).toBe(c.title);
    const contact = await build({ contactId: randomUUID(), userId: null });
    expect(Object.keys(contact.categories)).toContain("mentorContacts");
    expect(contact.categories.notifications).toEqual([]);
  });
});
