/** Contacts management (issue #6 item 9): thin resolvers over src/application/contacts.ts. */
import DataLoader from "dataloader";
import type { ContactNoteResolvers, ContactRelationKind, ContactRelationResolvers, ContactResolvers, MutationResolvers, QueryResolvers } from "../__generated__/resolvers-types.js";
import { addContactNote, addContactRelation, createContact, notesOf, readSensitive, relationsOf, updateContact, type SensitiveTarget } from "../application/contacts.js";
import type { ContactNoteRow, ContactRelationRow, ContactRow } from "../db/schema/index.js";
import type { ActivityContext } from "../context.js";
import { notFound } from "@meander/auth";
import { actorOf } from "./enums.js";

const kindIn = (k: ContactRelationKind) => k.toLowerCase() as ContactRelationRow["kind"];
const kindOut = (k: ContactRelationRow["kind"]) => k.toUpperCase() as ContactRelationKind;

interface RequestLoaders {
  relations: DataLoader<string, ContactRelationRow[]>;
  notes: DataLoader<string, ContactNoteRow[]>;
  /** Sensitive fields asked for in one request: decrypted and audited in one transaction. */
  sensitive: DataLoader<SensitiveTarget, string | null, string>;
}

/** Per-request loaders (one query per batch of contacts, one transaction per batch of sensitive fields). */
const perRequest = new WeakMap<ActivityContext, RequestLoaders>();
function loadersOf(ctx: ActivityContext): RequestLoaders {
  let l = perRequest.get(ctx);
  if (!l) {
    const actor = actorOf(ctx);
    const group = <R extends { contactId: string }>(ids: readonly string[], rows: R[]) => ids.map((id) => rows.filter((r) => r.contactId === id));
    l = {
      relations: new DataLoader(async (ids) => group(ids, await relationsOf(ctx.uow, actor, ids))),
      notes: new DataLoader(async (ids) => group(ids, await notesOf(ctx.uow, actor, ids))),
      // No cache: asking for the same field twice is two reads, and two audit entries.
      sensitive: new DataLoader((targets) => readSensitive(ctx.uow, ctx.envelope, actor, ctx.requestId, targets), { cache: false }),
    };
    perRequest.set(ctx, l);
  }
  return l;
}

/** Decrypts one sensitive column and audits the read (one entry per field read). */
const sensitive = (ctx: ActivityContext, target: SensitiveTarget) => loadersOf(ctx).sensitive.load(target);

export const contactQueries: QueryResolvers = {
  contactRelations: async (_parent, { contactId }, ctx) => {
    if (!(await ctx.loaders.contact.load(contactId))) throw notFound("Contact");
    return loadersOf(ctx).relations.load(contactId);
  },
};

export const contactMutations: MutationResolvers = {
  createContact: (_parent, { input }, ctx) => createContact(ctx.uow, ctx.envelope, actorOf(ctx), input),
  updateContact: (_parent, { id, input }, ctx) => updateContact(ctx.uow, ctx.envelope, actorOf(ctx), id, input),
  addContactRelation: (_parent, { contactId, input }, ctx) => addContactRelation(ctx.uow, ctx.envelope, actorOf(ctx), contactId, { ...input, kind: kindIn(input.kind) }),
  addContactNote: (_parent, { contactId, body }, ctx) => addContactNote(ctx.uow, ctx.envelope, actorOf(ctx), contactId, body),
};

const contactField = (column: "address" | "health_info", field: "address" | "healthInfo") => (c: ContactRow, _args: unknown, ctx: ActivityContext) =>
  sensitive(ctx, { table: "contacts", subject: "contact", id: c.id, organizationId: c.organizationId, column, field, ciphertext: column === "address" ? c.addressEnc : c.healthInfoEnc });

export const contactSensitiveFields: Pick<ContactResolvers, "address" | "healthInfo" | "relations" | "notes"> = {
  address: contactField("address", "address"),
  healthInfo: contactField("health_info", "healthInfo"),
  relations: (c, _args, ctx) => loadersOf(ctx).relations.load(c.id),
  notes: (c, _args, ctx) => loadersOf(ctx).notes.load(c.id),
};

export const ContactRelation: ContactRelationResolvers = {
  kind: (r) => kindOut(r.kind),
  phone: (r, _args, ctx) =>
    sensitive(ctx, { table: "contact_relations", subject: "contact_relation", id: r.id, organizationId: r.organizationId, column: "phone", field: "phone", ciphertext: r.phoneEnc }),
};

export const ContactNote: ContactNoteResolvers = {
  author: (n) => ({ id: n.authorId }),
  body: async (n, _args, ctx) =>
    (await sensitive(ctx, { table: "contact_notes", subject: "contact_note", id: n.id, organizationId: n.organizationId, column: "body", field: "body", ciphertext: n.bodyEnc }))!,
};
