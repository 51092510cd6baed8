import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork, type EventEnvelope } from "@meander/events";
import { makeEvent, startSubgraph, type SubgraphHarness, waitForEvent } from "@meander/testing";
import { queryRows } from "@meander/db";
import { SYSTEM_ACTOR } from "../src/application/actor.js";
import { createOrganization } from "../src/application/organizations.js";
import { eventStore, outbox } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";

let h: SubgraphHarness;
const received: EventEnvelope[] = [];
const orgA = randomUUID();
const orgB = randomUUID();
const adminA = { userId: randomUUID(), organizationId: orgA, role: "org_admin" as const };
const adminB = { userId: randomUUID(), organizationId: orgB, role: "org_admin" as const };
const ids: Record<string, string> = {};

const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id name organization { id } } }`;
const CREATE_LA = `mutation($input: CreateLocalAssociationInput!) {
  createLocalAssociation(input: $input) { id name municipality isActive region { id name } organization { id shortName } } }`;
const LIST = `query($first: Int, $after: String, $search: String) {
  localAssociations(first: $first, after: $after, search: $search) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Organization { id shortName } ... on Region { id name } ... on LocalAssociation { id name organization { id } } } }`;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await h.bus.subscribe({
    group: "probe",
    topics: ["meander.organization"],
    handler: async (e) => void received.push(e),
  });
  const uow = createUnitOfWork(h.db, eventStore);
  await createOrganization(uow, SYSTEM_ACTOR, {
    id: orgA,
    name: "Norges Handikapforbund",
    shortName: "NHF",
    organizationNumber: "974783584",
    maxMembershipsPerUser: 5,
  });
  await createOrganization(uow, SYSTEM_ACTOR, { id: orgB, name: "Hørselshemmedes Landsforbund", shortName: "HLF" });
  const region = async (as: typeof adminA, name: string) =>
    (await h.call(CREATE_REGION, { input: { name } }, as)).data?.createRegion.id as string;
  ids.east = await region(adminA, "NHF Øst");
  ids.west = await region(adminA, "NHF Vest");
  ids.bNorth = await region(adminB, "HLF Nord");
  const la = async (as: typeof adminA, name: string, municipality: string, regionId: string) => {
    const r = await h.call(CREATE_LA, { input: { name, municipality, regionId } }, as);
    expect(r.errors).toBeUndefined();
    return r.data?.createLocalAssociation.id as string;
  };
  ids.oslo = await la(adminA, "NHF Oslo", "Oslo", ids.east);
  ids.drammen = await la(adminA, "NHF Drammen", "Drammen", ids.east);
  ids.bergen = await la(adminA, "NHF Bergen", "Bergen", ids.west);
  ids.stavanger = await la(adminA, "NHF Stavanger", "Stavanger", ids.west);
  ids.tromso = await la(adminB, "HLF Tromsø", "Tromsø", ids.bNorth);
});

afterAll(() => h?.stop());

describe("organization: hierarchy", () => {
  it("answers myOrganization with its settings, regions and local associations", async () => {
    const mentor = {
      userId: randomUUID(),
      organizationId: orgA,
      localAssociationId: ids.oslo!,
      role: "peer_mentor" as const,
    };
    const r = await h.call(
      `{ myOrganization { id name shortName organizationNumber isActive settings { maxMembershipsPerUser }
         regions { name localAssociations(first: 10) { edges { node { name region { name } } } } }
         localAssociations(first: 10, search: "berg") { edges { node { name municipality } } } } }`,
      {},
      mentor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.myOrganization).toMatchObject({
      id: orgA,
      shortName: "NHF",
      organizationNumber: "974783584",
      isActive: true,
      settings: { maxMembershipsPerUser: 5 },
    });
    expect(r.data?.myOrganization.regions).toEqual([
      {
        name: "NHF Vest",
        localAssociations: {
          edges: [
            { node: { name: "NHF Bergen", region: { name: "NHF Vest" } } },
            { node: { name: "NHF Stavanger", region: { name: "NHF Vest" } } },
          ],
        },
      },
      {
        name: "NHF Øst",
        localAssociations: {
          edges: [
            { node: { name: "NHF Drammen", region: { name: "NHF Øst" } } },
            { node: { name: "NHF Oslo", region: { name: "NHF Øst" } } },
          ],
        },
      },
    ]);
    expect(r.data?.myOrganization.localAssociations.edges).toEqual([
      { node: { name: "NHF Bergen", municipality: "Bergen" } },
    ]);
  });

  it("pages local associations by name with keyset cursors", async () => {
    const first = await h.call(LIST, { first: 3 }, adminA);
    expect(first.data?.localAssociations.edges.map((e: any) => e.node.name)).toEqual([
      "NHF Bergen",
      "NHF Drammen",
      "NHF Oslo",
    ]);
    expect(first.data?.localAssociations.pageInfo.hasNextPage).toBe(true);
    const next = await h.call(LIST, { first: 3, after: first.data?.localAssociations.pageInfo.endCursor }, adminA);
    expect(next.data?.localAssociations.edges.map((e: any) => e.node.name)).toEqual(["NHF Stavanger"]);
    expect(next.data?.localAssociations.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: next.data?.localAssociations.edges[0].cursor,
    });
    const bad = await h.call(LIST, { after: Buffer.from('{"x":1}').toString("base64url") }, adminA);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "cursor_format",
      field: "after",
    });
    const tooMany = await h.call(LIST, { first: 1000 }, adminA);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "page_size_range",
      field: "first",
    });
  });

  it("keeps organization B's users out of organization A, through root fields and _entities", async () => {
    const q = `query($org: ID!, $la: ID!) { organization(id: $org) { id } localAssociation(id: $la) { id } regions { name }
      localAssociations(first: 50) { edges { node { name } } } }`;
    const r = await h.call(q, { org: orgA, la: ids.oslo }, adminB);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      organization: null,
      localAssociation: null,
      regions: [{ name: "HLF Nord" }],
      localAssociations: { edges: [{ node: { name: "HLF Tromsø" } }] },
    });
    const reps = [
      { __typename: "Organization", id: orgA },
      { __typename: "Region", id: ids.east },
      { __typename: "LocalAssociation", id: ids.oslo },
    ];
    expect((await h.call(ENTITIES, { r: reps }, adminB)).data?._entities).toEqual([null, null, null]);
  });

  it("resolves Organization, Region and LocalAssociation entities for their own organization only", async () => {
    const reps = [
      { __typename: "Organization", id: orgA },
      { __typename: "Region", id: ids.east },
      { __typename: "LocalAssociation", id: ids.oslo },
      { __typename: "LocalAssociation", id: ids.tromso },
    ];
    const r = await h.call(
      ENTITIES,
      { r: reps },
      { userId: randomUUID(), organizationId: orgA, localAssociationId: ids.bergen!, role: "coordinator" },
    );
    expect(r.data?._entities).toEqual([
      { id: orgA, shortName: "NHF" },
      { id: ids.east, name: "NHF Øst" },
      { id: ids.oslo, name: "NHF Oslo", organization: { id: orgA } },
      null,
    ]);
    // A global administrator sees across organizations; an anonymous caller sees nothing.
    const global = await h.call(ENTITIES, { r: reps.slice(3) }, { role: "global_admin", organizationId: null });
    expect(global.data?._entities).toEqual([{ id: ids.tromso, name: "HLF Tromsø", organization: { id: orgB } }]);
    expect((await h.call(ENTITIES, { r: reps })).data?._entities).toEqual([null, null, null, null]);
  });

  it("refuses unsigned requests and anonymous callers", async () => {
    for (const q of [`{ _service { sdl } }`, `{ myOrganization { id } }`]) {
      const r = await h.raw(q);
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const anon = await h.call(`{ regions { id } }`);
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("lets only administrators of the organization change its tree", async () => {
    const mentor = {
      userId: randomUUID(),
      organizationId: orgA,
      localAssociationId: ids.oslo!,
      role: "peer_mentor" as const,
    };
    expect((await h.call(CREATE_REGION, { input: { name: "NHF Nord" } }, mentor)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    const other = await h.call(CREATE_LA, { input: { organizationId: orgB, name: "HLF Bodø" } }, adminA);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const global = { role: "global_admin" as const, organizationId: null };
    const noOrg = await h.call(CREATE_REGION, { input: { name: "Nord" } }, global);
    expect(noOrg.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "organization_required",
      field: "organizationId",
    });
    const missing = await h.call(CREATE_REGION, { input: { name: "Nord", organizationId: randomUUID() } }, global);
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const ok = await h.call(
      CREATE_LA,
      { input: { organizationId: orgB, name: "HLF Bodø", municipality: "Bodø" } },
      global,
    );
    expect(ok.data?.createLocalAssociation).toMatchObject({
      name: "HLF Bodø",
      region: null,
      organization: { id: orgB, shortName: "HLF" },
    });
  });

  it("names the rule and field on bad input, and refuses duplicate names", async () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      [CREATE_REGION, { name: "  " }, "name_length", "name"],
      [CREATE_LA, { name: "" }, "name_length", "name"],
      [CREATE_LA, { name: "NHF Moss", municipality: "  " }, "municipality_length", "municipality"],
      [CREATE_LA, { name: "NHF Moss", regionId: ids.bNorth }, "region_in_organization", "regionId"],
    ];
    for (const [q, input, rule, field] of cases) {
      const r = await h.call(q, { input }, adminA);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
    }
    const r = await h.call(CREATE_LA, { input: { name: "", municipality: "  " } }, adminA);
    expect(
      (r.errors?.[0]?.extensions?.violations as Array<{ field: string; rule: string }>).map(
        (v) => `${v.field}:${v.rule}`,
      ),
    ).toEqual(["name:name_length", "municipality:municipality_length"]);
    const dupRegion = await h.call(CREATE_REGION, { input: { name: "nhf øst" } }, adminA);
    expect(dupRegion.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "region_name_unique",
      field: "name",
    });
    const dupLa = await h.call(CREATE_LA, { input: { name: "NHF OSLO" } }, adminA);
    expect(dupLa.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "local_association_name_unique",
      field: "name",
    });
    const uow = createUnitOfWork(h.db, eventStore);
    await expect(createOrganization(uow, SYSTEM_ACTOR, { name: "NHF igjen", shortName: "nhf" })).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
    });
    await expect(
      createOrganization(uow, SYSTEM_ACTOR, { name: "X", shortName: "X", organizationNumber: "974783585" }),
    ).rejects.toMatchObject({
      name: "RuleViolationError",
      violations: [{ rule: "organization_number_format", field: "organizationNumber" }],
    });
    await expect(createOrganization(uow, adminA, { name: "X", shortName: "X" })).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("writes organization and local association events to the outbox and delivers them", async () => {
    const rows = await h.db.select().from(outbox).where(eq(outbox.aggregateId, ids.oslo!));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      type: "organization.local_association.created",
      topic: "meander.organization",
      organizationId: orgA,
      actorId: adminA.userId,
    });
    await waitForEvent(() => {
      expect(received.find((e) => e.aggregateId === ids.oslo)).toMatchObject({
        type: "organization.local_association.created",
        organizationId: orgA,
        payload: { localAssociationId: ids.oslo, regionId: ids.east, name: "NHF Oslo" },
      });
      expect(
        received.find((e) => e.type === "organization.organization.created" && e.aggregateId === orgA),
      ).toMatchObject({
        organizationId: orgA,
        payload: { organizationId: orgA, name: "Norges Handikapforbund", shortName: "NHF" },
      });
    });
  });

  it("renames, moves and deactivates a local association (name_length, local_association_name_unique, region_in_organization, active_local_association)", async () => {
    const moss = (
      await h.call(CREATE_LA, { input: { name: "NHF Moss", municipality: "Moss", regionId: ids.east } }, adminA)
    ).data?.createLocalAssociation.id;
    const member = randomUUID();
    const ADD = `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id } }`;
    expect(
      (await h.call(ADD, { input: { userId: member, localAssociationId: moss, role: "PEER_MENTOR" } }, adminA)).errors,
    ).toBeUndefined();
    const RENAME = `mutation($id: ID!, $name: String!) { renameLocalAssociation(id: $id, name: $name) { id name } }`;
    const MOVE = `mutation($id: ID!, $regionId: ID) { moveLocalAssociation(id: $id, regionId: $regionId) { id region { id } } }`;
    const DEACTIVATE = `mutation($id: ID!) { deactivateLocalAssociation(id: $id) { id isActive members { edges { node { user { id } } } } } }`;
    expect(
      (await h.call(RENAME, { id: moss, name: " NHF Moss og omegn " }, adminA)).data?.renameLocalAssociation,
    ).toEqual({ id: moss, name: "NHF Moss og omegn" });
    expect(
      (await h.call(RENAME, { id: moss, name: "nhf moss OG omegn" }, adminA)).data?.renameLocalAssociation.name,
    ).toBe("nhf moss OG omegn");
    expect((await h.call(RENAME, { id: moss, name: "nhf oslo" }, adminA)).errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "local_association_name_unique",
      field: "name",
    });
    expect((await h.call(RENAME, { id: moss, name: "  " }, adminA)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "name_length",
      field: "name",
    });
    expect((await h.call(RENAME, { id: moss, name: "Stjålet" }, adminB)).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    const mentor = { userId: member, organizationId: orgA, localAssociationId: moss, role: "peer_mentor" as const };
    expect((await h.call(RENAME, { id: moss, name: "Mitt lag" }, mentor)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await h.call(MOVE, { id: moss, regionId: ids.west }, adminA)).data?.moveLocalAssociation).toEqual({
      id: moss,
      region: { id: ids.west },
    });
    expect((await h.call(MOVE, { id: moss, regionId: ids.bNorth }, adminA)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "region_in_organization",
      field: "regionId",
    });
    expect((await h.call(MOVE, { id: moss, regionId: null }, adminA)).data?.moveLocalAssociation).toEqual({
      id: moss,
      region: null,
    });
    // Deactivating keeps the unit and its memberships; no new memberships or invitations.
    const off = await h.call(DEACTIVATE, { id: moss }, adminA);
    expect(off.data?.deactivateLocalAssociation).toEqual({
      id: moss,
      isActive: false,
      members: { edges: [{ node: { user: { id: member } } }] },
    });
    expect((await h.call(DEACTIVATE, { id: moss }, adminA)).data?.deactivateLocalAssociation.isActive).toBe(false);
    const late = await h.call(
      ADD,
      { input: { userId: randomUUID(), localAssociationId: moss, role: "PEER_MENTOR" } },
      adminA,
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "active_local_association",
      field: "localAssociationId",
    });
    const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`;
    const invite = await h.call(
      INVITE,
      { input: { email: "ny@example.no", localAssociationId: moss, role: "PEER_MENTOR" } },
      adminA,
    );
    expect(invite.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "active_local_association",
      field: "localAssociationId",
    });
  });
});

describe("organization: record of processing (issue 24 item 6)", () => {
  const RECORDS = `query { recordsOfProcessing { subgraph categories subjects tables {
    table subjects purposeKey purpose legalGrounds legalGroundNote retention categories columns { name category encrypted note } note } } }`;

  it("lists every subgraph's categories and why for administrators; refuses everyone else", async () => {
    const r = await h.call(RECORDS, {}, adminA);
    expect(r.errors).toBeUndefined();
    const records = r.data?.recordsOfProcessing as Array<{
      subgraph: string;
      categories: string[];
      tables: Array<Record<string, any>>;
    }>;
    expect(records.map((x) => x.subgraph)).toEqual([
      "identity",
      "organization",
      "activity",
      "finance",
      "engagement",
      "reporting",
    ]);
    const activity = records.find((x) => x.subgraph === "activity")!;
    expect(activity.categories).toContain("SPECIAL_CATEGORY");
    const contacts = activity.tables.find((t) => t.table === "activity.contacts")!;
    expect(contacts).toMatchObject({
      subjects: ["CONTACT"],
      purposeKey: "contact_follow_up",
      legalGrounds: ["GDPR_6_1_A_CONSENT", "GDPR_9_2_A_EXPLICIT_CONSENT"],
    });
    expect(contacts.columns).toContainEqual({
      name: "health_info_enc",
      category: "SPECIAL_CATEGORY",
      encrypted: true,
      note: null,
    });
    const mentor = {
      userId: randomUUID(),
      organizationId: orgA,
      localAssociationId: ids.oslo!,
      role: "peer_mentor" as const,
    };
    expect((await h.call(RECORDS, {}, mentor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("organization: erasure requests (issue 24 items 4, 5)", () => {
  const REQUEST = `mutation($input: RequestErasureInput!) { requestErasure(input: $input) {
    id subjectType subjectId reason status needsConfirmation requestedBy { id } confirmedBy { id } startedAt parts { subgraph completedAt } } }`;
  const CONFIRM = `mutation($id: ID!) { confirmErasure(requestId: $id) { id status confirmedBy { id } startedAt } }`;
  const ONE = `query($id: ID!) { erasureRequest(id: $id) { id status completedAt parts { subgraph completedAt } } }`;
  const ALL = `query { erasureRequests { subjectId reason status needsConfirmation requestedBy { id } confirmedBy { id } } }`;
  const adminA2 = { userId: randomUUID(), organizationId: orgA, role: "org_admin" as const };
  const privacy: EventEnvelope[] = [];
  const request = (subject: Record<string, string>, as: Parameters<SubgraphHarness["call"]>[2] = adminA) =>
    h.call(REQUEST, { input: { subject, reason: "SUBJECT_REQUEST" } }, as);
  const auditActions = async () =>
    (await h.db.select().from(outbox).where(eq(outbox.type, "organization.audit.recorded")).orderBy(outbox.position))
      .map((r) => r.payload as { action: string; subjectId: string })
      .filter((p) => p.action.startsWith("erasure."));

  /** A contact of the organization, as organization learns of it (activity's audit of its creation). */
  const contactOf = async (organizationId: string) => {
    const contactId = randomUUID();
    await h.bus.publish([
      makeEvent(
        "activity.audit.recorded",
        {
          action: "contact.created",
          actorId: null,
          actorRole: "system",
          organizationId,
          subjectType: "Contact",
          subjectId: contactId,
          operationName: null,
          fields: ["createContact"],
          requestId: "",
        },
        { organizationId, aggregateId: contactId },
      ),
    ]);
    await h.bus.idle();
    return contactId;
  };

  beforeAll(async () => {
    await h.bus.subscribe({
      group: "privacy-probe",
      topics: ["meander.privacy"],
      handler: async (e) => void privacy.push(e),
    });
  });

  it("refuses other roles, two subjects at once, and users of another organization", async () => {
    const mentor = {
      userId: randomUUID(),
      organizationId: orgA,
      localAssociationId: ids.oslo!,
      role: "peer_mentor" as const,
    };
    expect((await request({ contactId: randomUUID() }, mentor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const both = await request({ contactId: randomUUID(), userId: randomUUID() });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "erasure_subject_one" });
    expect((await request({ userId: randomUUID() })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("erases only a contact of the administrator's organization (erasure_subject_outside_organization)", async () => {
    const theirs = await contactOf(orgB);
    const refusal = async (contactId: string, lang?: string) =>
      (
        await h.raw(
          REQUEST,
          { input: { subject: { contactId }, reason: "SUBJECT_REQUEST" } },
          {
            signingSecret: h.signingSecret,
            token: await h.keys.mint(adminA),
            headers: lang ? { "accept-language": lang } : {},
          },
        )
      ).errors?.[0];
    for (const contactId of [theirs, randomUUID()]) {
      expect(await refusal(contactId)).toMatchObject({
        message: "Kontakten finnes ikke i organisasjonen din",
        extensions: {
          code: "BAD_USER_INPUT",
          rule: "erasure_subject_outside_organization",
          field: "subject.contactId",
        },
      });
    }
    expect((await refusal(theirs, "nn"))?.message).toBe("Kontakten finst ikkje i organisasjonen din");
    expect((await refusal(theirs, "en"))?.message).toBe("The contact is not one of your organization's");
    expect(
      ((await h.call(ALL, {}, adminA)).data!.erasureRequests as Array<{ subjectId: string }>).filter(
        (r) => r.subjectId === theirs,
      ),
    ).toEqual([]);
    expect(
      privacy.some(
        (e) => e.type === "privacy.erasure.requested" && (e.payload as { subjectId: string }).subjectId === theirs,
      ),
    ).toBe(false);
    // Their own administrator may.
    expect((await request({ contactId: theirs }, adminB)).data?.requestErasure).toMatchObject({
      subjectId: theirs,
      status: "IN_PROGRESS",
    });
  });

  it("starts at once for a contact without assignments; each subgraph's part completes it", async () => {
    const contactId = await contactOf(orgA);
    const r = await request({ contactId });
    expect(r.errors).toBeUndefined();
    const req = r.data!.requestErasure;
    expect(req).toMatchObject({
      subjectType: "CONTACT",
      subjectId: contactId,
      reason: "SUBJECT_REQUEST",
      status: "IN_PROGRESS",
      needsConfirmation: false,
      requestedBy: { id: adminA.userId },
    });
    expect(req.parts.map((p: { subgraph: string }) => p.subgraph)).toEqual([
      "activity",
      "engagement",
      "finance",
      "identity",
      "organization",
      "reporting",
    ]);
    await expect
      .poll(() => privacy.find((e) => e.type === "privacy.erasure.requested" && e.aggregateId === req.id)?.payload)
      .toEqual({ requestId: req.id, subjectType: "contact", subjectId: contactId });
    const parts = async () => (await h.call(ONE, { id: req.id }, adminA)).data!.erasureRequest;
    await expect
      .poll(async () =>
        (await parts()).parts
          .filter((p: { completedAt: string | null }) => p.completedAt)
          .map((p: { subgraph: string }) => p.subgraph),
      )
      .toEqual(["organization"]);
    await h.bus.publish(
      ["identity", "activity", "finance", "engagement", "reporting"].map((subgraph) =>
        makeEvent(
          "privacy.erasure.completed",
          { requestId: req.id, subgraph: subgraph as "identity" },
          { organizationId: orgA, aggregateId: req.id },
        ),
      ),
    );
    await expect.poll(async () => (await parts()).status).toBe("COMPLETED");
    expect((await parts()).completedAt).not.toBeNull();
    expect((await h.call(ONE, { id: req.id }, adminB)).data!.erasureRequest).toBeNull();
    expect((await auditActions()).filter((a) => a.subjectId === contactId).map((a) => a.action)).toEqual([
      "erasure.requested",
      "erasure.started",
      "erasure.completed",
    ]);
  });

  it("a contact with assignments waits for a second administrator (erasure_second_administrator)", async () => {
    const contactId = randomUUID();
    await h.bus.publish([
      makeEvent(
        "activity.assignment.dispatched",
        {
          assignmentId: randomUUID(),
          contactId,
          mentorId: randomUUID(),
          coordinatorId: randomUUID(),
          localAssociationId: ids.oslo!,
        },
        { organizationId: orgA },
      ),
    ]);
    await expect
      .poll(
        async () =>
          (
            await queryRows(
              h.db,
              sql`select 1 from organization.contacts_with_assignments where contact_id = ${contactId}`,
            )
          ).length,
      )
      .toBe(1);
    const req = (await request({ contactId })).data!.requestErasure;
    expect(req).toMatchObject({ status: "AWAITING_CONFIRMATION", needsConfirmation: true, startedAt: null, parts: [] });
    expect((await request({ contactId }, adminA2)).errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "erasure_subject_in_progress",
    });
    expect((await h.call(CONFIRM, { id: req.id }, adminA)).errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      rule: "erasure_second_administrator",
    });
    expect((await h.call(CONFIRM, { id: req.id }, adminB)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(privacy.some((e) => e.aggregateId === req.id)).toBe(false);
    const confirmed = await h.call(CONFIRM, { id: req.id }, adminA2);
    expect(confirmed.data!.confirmErasure).toMatchObject({
      status: "IN_PROGRESS",
      confirmedBy: { id: adminA2.userId },
    });
    expect((await h.call(CONFIRM, { id: req.id }, adminA2)).errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "erasure_awaiting_confirmation",
    });
    await expect
      .poll(() => privacy.some((e) => e.type === "privacy.erasure.requested" && e.aggregateId === req.id))
      .toBe(true);
  });

  it("retention: the organization's setting decides between proposing and erasing", async () => {
    const SETTINGS = `mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }`;
    const expired = (contactIds: string[]) =>
      h.bus.publish([
        makeEvent(
          "privacy.retention.expired",
          { contactIds, retentionYears: 3 },
          { organizationId: orgA, aggregateId: orgA },
        ),
      ]);
    const requestsOf = async (id: string) =>
      ((await h.call(ALL, {}, adminA)).data!.erasureRequests as Array<{ subjectId: string }>).filter(
        (r) => r.subjectId === id,
      );
    const [proposed, erased] = [randomUUID(), randomUUID()];
    expect(
      (await h.call(SETTINGS, { input: { retention: { contactInactiveYears: 3, whenPast: "PROPOSE" } } }, adminA))
        .errors,
    ).toBeUndefined();
    await expired([proposed]);
    await expect
      .poll(() => requestsOf(proposed))
      .toEqual([
        {
          subjectId: proposed,
          reason: "RETENTION",
          status: "AWAITING_CONFIRMATION",
          needsConfirmation: true,
          requestedBy: null,
          confirmedBy: null,
        },
      ]);
    const s = await h.call(SETTINGS, { input: { retention: { contactInactiveYears: 3, whenPast: "ERASE" } } }, adminA);
    expect(s.errors).toBeUndefined();
    expect(
      (await h.call(`{ myOrganization { settings { retention { contactInactiveYears whenPast } } } }`, {}, adminA))
        .data!.myOrganization.settings.retention,
    ).toEqual({ contactInactiveYears: 3, whenPast: "ERASE" });
    await expired([erased, proposed]);
    await expect
      .poll(() => requestsOf(erased))
      .toEqual([
        {
          subjectId: erased,
          reason: "RETENTION",
          status: "IN_PROGRESS",
          needsConfirmation: true,
          requestedBy: null,
          confirmedBy: null,
        },
      ]);
    expect(await requestsOf(proposed)).toHaveLength(1);
    expect(
      (await auditActions()).filter((a) => ([proposed, erased] as string[]).includes(a.subjectId)).map((a) => a.action),
    ).toEqual(["erasure.proposed", "erasure.proposed", "erasure.started"]);
  });
});
