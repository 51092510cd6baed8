/**
 * Local-association row-level security (issue #10 item 2, "and local association where the role needs it"):
 * contacts (and what follows a contact: relations, notes), assignments and gatherings carry a restrictive policy on
 * the request's local associations (migration 0010). A resolver that forgot the local-association filter (swapped in
 * below, through GraphQL) still shows a coordinator or a mentor only their own local association's contacts; the
 * tables are checked directly in the service's own request scope (the application role) as well.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inScopedTransaction, type Db } from "@meander/db";
import { createSubgraphService } from "@meander/subgraph-kit";
import { dataOf, startSubgraph, type MintOptions, type SubgraphHarness } from "@meander/testing";
import type { ActivityContext } from "../src/context.js";
import { assignments, contactNotes, contacts, gatherings } from "../src/db/schema/index.js";
import { resolvers } from "../src/resolvers/index.js";
import { activitySpec } from "../src/server.js";
import { arrangeWorld, type World } from "./world.js";

/** Contacts read with the organization only: the local-association filter forgotten. */
const forgetful = {
  ...resolvers,
  Query: {
    ...resolvers.Query,
    contact: (_p: unknown, { id }: { id: string }, ctx: ActivityContext) =>
      ctx.uow
        .run({ organizationId: ctx.viewer!.organizationId }, (tx) =>
          tx.select().from(contacts).where(eq(contacts.id, id)),
        )
        .then((r) => r[0] ?? null),
    contacts: async (_p: unknown, _a: unknown, ctx: ActivityContext) => {
      const rows = await ctx.uow.run({ organizationId: ctx.viewer!.organizationId }, (tx) =>
        tx.select().from(contacts).orderBy(contacts.lastName),
      );
      return {
        edges: rows.map((node) => ({ node, cursor: node.id })),
        pageInfo: { hasNextPage: false, endCursor: null },
      };
    },
  },
};

let h: SubgraphHarness;
let w: World;

beforeAll(async () => {
  h = await startSubgraph((deps) =>
    createSubgraphService<ActivityContext>({ ...activitySpec(deps), resolvers: forgetful }, deps),
  );
  w = await arrangeWorld(h);
});
afterAll(() => h?.stop());

const CONTACTS = `{ contacts { edges { node { id localAssociationId } } } }`;
const CONTACT = `query($id: ID!) { contact(id: $id) { id } }`;
const listed = async (as: MintOptions) =>
  dataOf<{ contacts: { edges: Array<{ node: { id: string } }> } }>(await h.call(CONTACTS, {}, as))
    .contacts.edges.map((e) => e.node.id)
    .sort();

describe("contacts through a resolver that forgot the local-association filter", () => {
  it("a coordinator and a mentor see only their local association's contacts; an administrator the organization's", async () => {
    expect(await listed(w.as(w.user.coord))).toEqual([w.contact.a1.id]);
    expect(await listed(w.as(w.user.per))).toEqual([w.contact.a2.id]);
    expect(await listed(w.as(w.user.admin))).toEqual([w.contact.a1.id, w.contact.a2.id].sort());
    expect(await listed(w.as(w.user.coordB))).toEqual([w.contact.b1.id]);
  });

  it("by id: another local association's contact is not there for a coordinator, and is for the administrator", async () => {
    expect(dataOf(await h.call(CONTACT, { id: w.contact.a2.id }, w.as(w.user.coord))).contact).toBeNull();
    expect(dataOf(await h.call(CONTACT, { id: w.contact.a2.id }, w.as(w.user.admin))).contact).toEqual({
      id: w.contact.a2.id,
    });
  });
});

describe("the local-association policies on the service's own connection (application role, request scope)", () => {
  const coordinatorOfA1 = () => ({
    kind: "tenant" as const,
    tenant: { organizationId: w.org.a, localAssociationIds: [w.la.a1] },
    userId: w.user.coord,
  });
  const mentorOfA1 = (userId: string) => ({
    kind: "tenant" as const,
    tenant: { organizationId: w.org.a, localAssociationIds: [w.la.a1] },
    userId,
  });
  const app = () => h.database.app.db as Db;
  let gatheringA2: string;
  let assignmentA2: string;

  beforeAll(async () => {
    // Arranged as the owner: a note on the contact of a2, a gathering in a2, and an assignment in a2 to kari (of a1).
    await h.db.insert(contactNotes).values({
      id: randomUUID(),
      contactId: w.contact.a2.id,
      organizationId: w.org.a,
      authorId: w.user.per,
      bodyEnc: "x",
    });
    gatheringA2 = randomUUID();
    await h.db.insert(gatherings).values({
      id: gatheringA2,
      organizationId: w.org.a,
      localAssociationId: w.la.a2,
      createdBy: w.user.per,
      title: "Kaffetreff",
      activityType: "group_meeting",
      startsAt: new Date("2026-12-01T10:00:00Z"),
      endsAt: new Date("2026-12-01T12:00:00Z"),
    });
    assignmentA2 = randomUUID();
    await h.db.insert(assignments).values({
      id: assignmentA2,
      organizationId: w.org.a,
      localAssociationId: w.la.a2,
      contactId: w.contact.a2.id,
      mentorId: w.user.kari,
      coordinatorId: w.user.admin,
      payloadEnc: "x",
      status: "dispatched",
    });
  });

  it("a note follows its contact: invisible to a coordinator of another local association, and cannot be added there", async () => {
    const notes = await inScopedTransaction(app(), coordinatorOfA1(), (tx) => tx.select().from(contactNotes));
    expect(notes).toEqual([]);
    const admins = await inScopedTransaction(app(), { kind: "tenant", tenant: { organizationId: w.org.a } }, (tx) =>
      tx.select().from(contactNotes),
    );
    expect(admins.map((n) => n.contactId)).toEqual([w.contact.a2.id]);
    const write = inScopedTransaction(app(), coordinatorOfA1(), (tx) =>
      tx.insert(contactNotes).values({
        id: randomUUID(),
        contactId: w.contact.a2.id,
        organizationId: w.org.a,
        authorId: w.user.coord,
        bodyEnc: "x",
      }),
    );
    await expect(write).rejects.toThrow();
  });

  it("gatherings of another local association are invisible, and a contact cannot be moved into one", async () => {
    expect(
      await inScopedTransaction(app(), coordinatorOfA1(), (tx) =>
        tx.select().from(gatherings).where(eq(gatherings.id, gatheringA2)),
      ),
    ).toEqual([]);
    const moved = inScopedTransaction(app(), coordinatorOfA1(), (tx) =>
      tx.update(contacts).set({ localAssociationId: w.la.a2 }).where(eq(contacts.id, w.contact.a1.id)),
    );
    await expect(moved).rejects.toThrow();
  });

  it("an assignment is visible to its own mentor in another local association, and to no other mentor there", async () => {
    const forKari = await inScopedTransaction(app(), mentorOfA1(w.user.kari), (tx) => tx.select().from(assignments));
    expect(forKari.map((a) => a.id)).toEqual([assignmentA2]);
    expect(await inScopedTransaction(app(), mentorOfA1(w.user.ola), (tx) => tx.select().from(assignments))).toEqual([]);
    expect(await inScopedTransaction(app(), coordinatorOfA1(), (tx) => tx.select().from(assignments))).toEqual([]);
  });
});
