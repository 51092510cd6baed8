/**
 * Issue 18, finding 1: on the embedded default (one PGlite, which runs one transaction at a time; the in-process
 * bus) a global administrator's query froze the platform: the audit step before it opened a second transaction
 * beside the request's own. A global administrator's query and mutation, then a coordinator's query, each answer
 * through the gateway within a deadline.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "@meander/fixtures";
import { createLogger } from "@meander/subgraph-kit";
import { startPlatform, type Platform } from "../src/platform.js";
import { queryWithin, stopWithin } from "./deadline.js";

const data = generateDemoData({
  seed: 18,
  regionsPerOrganization: 1,
  associationsPerRegion: 1,
  mentorsPerAssociation: 1,
  contactsPerMentor: 1,
  activitiesPerMentor: 1,
});
const org = data.organizations[0]!;
const coordinator = data.memberships.find((m) => m.role === "coordinator")!;
const operator = data.people.find((p) => p.id === data.memberships.find((m) => m.role === "org_admin")!.userId)!;
/** A request that waits on a second transaction never answers: far less than that is a hang. */
const DEADLINE_MS = 20_000;
let platform: Platform;
let globalAdmin: string;

beforeAll(async () => {
  platform = await startPlatform({
    database: { kind: "pglite" },
    port: 0,
    seed: data,
    keyDir: null,
    log: createLogger("embedded-global-admin", "silent"),
  });
  globalAdmin = await platform.mint({
    userId: operator.id,
    organizationId: null,
    localAssociationId: null,
    role: "global_admin",
  });
});

afterAll(() => stopWithin(platform, 10_000));

describe("a global administrator on the embedded default (PGlite, in-process bus)", () => {
  it("reads, writes, and the platform keeps answering others after it", async () => {
    const email = `lead-${randomUUID()}@example.no`;
    const booked = await queryWithin(
      DEADLINE_MS,
      platform.url,
      `mutation($input: BookDemoInput!) { bookDemo(input: $input) { received } }`,
      {
        input: {
          firstName: "Kari",
          lastName: "Nordmann",
          email,
          organizationName: "Norges Blindeforbund",
          roleTitle: "Daglig leder",
        },
      },
    );
    expect(booked.data).toEqual({ bookDemo: { received: true } });

    const read = await queryWithin(
      DEADLINE_MS,
      platform.url,
      `query($search: String) { me { id } leads(first: 5, search: $search) { edges { node { id email status } } } }`,
      { search: email },
      globalAdmin,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.me).toEqual({ id: operator.id });
    const lead = read.data.leads.edges[0]?.node;
    expect(lead).toMatchObject({ email, status: "NEW" });

    const moved = await queryWithin(
      DEADLINE_MS,
      platform.url,
      `mutation($id: ID!) { updateLeadStatus(id: $id, status: CONTACTED) { id status } }`,
      { id: lead.id },
      globalAdmin,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateLeadStatus).toEqual({ id: lead.id, status: "CONTACTED" });

    const token = await platform.mint({
      userId: coordinator.userId,
      organizationId: org.id,
      localAssociationId: coordinator.localAssociationId,
      role: "coordinator",
    });
    const mine = await queryWithin(DEADLINE_MS, platform.url, `{ me { id } myOrganization { name } }`, {}, token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual({ me: { id: coordinator.userId }, myOrganization: { name: org.name } });
  });
});
