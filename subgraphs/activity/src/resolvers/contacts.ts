/** Contacts management (issue #6 item 9): thin resolvers over src/application/contacts.ts. */
import { requireViewer } from "@meander/subgraph-kit";
import DataLoader from "dataloader";
import type {
  ContactNoteResolvers,
  ContactRelationKind,
  ContactRelationResolvers,
  ContactResolvers,
  MutationResolvers,
  QueryResolvers,
} from "../__generated__/resolvers-types.js";
import {
  addContactNote,
  addContactRelation,
  createContact,
  notesOf,
  relationsOf,
  updateContact,
} from "../application/contacts.js";
import { contactAccess, readSensitive, type SensitiveTarget } from "../application/sensitive.js";
import type { ContactNoteRow, ContactRelationRow, ContactRow } from "../db/schema/index.js";
import type { ActivityContext } from "../context.js";
import { notFound } from "@meander/auth";
import { maskedName, type PolicyField } from "../domain/sensitive-policy.js";
import { contactsPastRetention } from "../application/retention.js";

const kindIn = (k: ContactRelationKind) => k.toLowerCase() as ContactRelationRow["kind"];
const kindOut = (k: ContactRelationRow["kind"]) => k.toUpperCase() as ContactRelationKind;

interface RequestLoaders {
  relations: DataLoader<string, ContactRelationRow[]>;
  notes: DataLoader<string, ContactNoteRow[]>;
  /** Which policy fields of each contact the caller may see (sensitive-field policy). */
  access: DataLoader<string, ReadonlySet<PolicyField>>;
  /** Sensitive fields asked for in one request: decrypted and audited in one transaction. */
  sensitive: DataLoader<SensitiveTarget, string | null, string>;
}

/** Per-request loaders (one query per batch of contacts, one transaction per batch of sensitive fields). */
const perRequest = new WeakMap<ActivityContext, RequestLoaders>();
function loadersOf(ctx: ActivityContext): RequestLoaders {
  let l = perRequest.get(ctx);
  if (!l) {
    const actor = requireViewer(ctx);
    const group = <R extends { contactId: string }>(ids: readonly string[], rows: R[]) =>
      ids.map((id) => rows.filter((r) => r.contactId === id));
    l = {
      relations: new DataLoader(async (ids) => group(ids, await relationsOf(ctx.uow, actor, ids))),
      notes: new DataLoader(async (ids) => group(ids, await notesOf(ctx.uow, actor, ids))),
      access: new DataLoader(async (ids) => {
        const access = await ctx.uow.run(ctx.scope, (tx) => contactAccess(tx, actor, ids));
        return ids.map((id) => access.get(id) ?? new Set());
      }),
      // No cache: asking for the same field twice is two reads, and two audit entries.
      sensitive: new DataLoader((targets) => readSensitive(ctx.uow, ctx.envelope, actor, ctx.requestId, targets), {
        cache: false,
      }),
    };
    perRequest.set(ctx, l);
  }
  return l;
}

/** Decrypts one sensitive column and audits the read (one entry per field read), if the policy lets the caller see it. */
export const sensitive = (ctx: ActivityContext, target: SensitiveTarget) => loadersOf(ctx).sensitive.load(target);
const maySee = async (ctx: ActivityContext, contactId: string, field: PolicyField) =>
  (await loadersOf(ctx).access.load(contactId)).has(field);

/** A contact's caregivers and next of kin, or none when the policy hides them from the caller. */
const relationsIfSeen = async (ctx: ActivityContext, contactId: string) =>
  (await maySee(ctx, contactId, "caregivers")) ? loadersOf(ctx).relations.load(contactId) : [];

export const contactQueries: QueryResolvers = {
  contactsPastRetention: (_parent, _args, ctx) => contactsPastRetention(ctx.uow, requireViewer(ctx), ctx.requestId),
  contactRelations: async (_parent, { contactId }, ctx) => {
    if (!(await ctx.loaders.contact.load(contactId))) throw notFound("Contact");
    return relationsIfSeen(ctx, contactId);
  },
};

export const contactMutations: MutationResolvers = {
  createContact: (_parent, { input }, ctx) => createContact(ctx.uow, ctx.envelope, requireViewer(ctx), input),
  updateContact: (_parent, { id, input }, ctx) => updateContact(ctx.uow, ctx.envelope, requireViewer(ctx), id, input),
  addContactRelation: (_parent, { contactId, input }, ctx) =>
    addContactRelation(ctx.uow, ctx.envelope, requireViewer(ctx), contactId, { ...input, kind: kindIn(input.kind) }),
  addContactNote: (_parent, { contactId, body }, ctx) =>
    addContactNote(ctx.uow, ctx.envelope, requireViewer(ctx), contactId, body),
};

const contactField =
  (column: "address" | "health_info", field: "address" | "healthInfo", policyField: PolicyField) =>
  (c: ContactRow, _args: unknown, ctx: ActivityContext) =>
    sensitive(ctx, {
      table: "contacts",
      subject: "contact",
      id: c.id,
      organizationId: c.organizationId,
      column,
      field,
      ciphertext: column === "address" ? c.addressEnc : c.healthInfoEnc,
      contactId: c.id,
      policyField,
    });

export const contactSensitiveFields: Pick<
  ContactResolvers,
  "address" | "healthInfo" | "relations" | "notes" | "firstName" | "lastName" | "municipality"
> = {
  firstName: async (c, _args, ctx) => ((await maySee(ctx, c.id, "name")) ? c.firstName : maskedName(c.firstName)),
  lastName: async (c, _args, ctx) => ((await maySee(ctx, c.id, "name")) ? c.lastName : maskedName(c.lastName)),
  municipality: async (c, _args, ctx) => ((await maySee(ctx, c.id, "municipality")) ? c.municipality : null),
  address: contactField("address", "address", "address"),
  healthInfo: contactField("health_info", "healthInfo", "health_information"),
  relations: (c, _args, ctx) => relationsIfSeen(ctx, c.id),
  notes: async (c, _args, ctx) => ((await maySee(ctx, c.id, "notes")) ? loadersOf(ctx).notes.load(c.id) : []),
};

export const ContactRelation: ContactRelationResolvers = {
  kind: (r) => kindOut(r.kind),
  phone: (r, _args, ctx) =>
    sensitive(ctx, {
      table: "contact_relations",
      subject: "contact_relation",
      id: r.id,
      organizationId: r.organizationId,
      column: "phone",
      field: "phone",
      ciphertext: r.phoneEnc,
      contactId: r.contactId,
      policyField: "phone",
    }),
};

export const ContactNote: ContactNoteResolvers = {
  author: (n) => ({ id: n.authorId }),
  body: (n, _args, ctx) =>
    sensitive(ctx, {
      table: "contact_notes",
      subject: "contact_note",
      id: n.id,
      organizationId: n.organizationId,
      column: "body",
      field: "body",
      ciphertext: n.bodyEnc,
      contactId: n.contactId,
      policyField: "notes",
    }),
};
