/** Contacts seen through GraphQL: relation kinds, and sensitive fields read through the request's contact loaders. */
import type { ContactRelationKind } from "../__generated__/resolvers-types.js";
import type { SensitiveTarget } from "../application/sensitive.js";
import type { ActivityContext } from "../context.js";
import type { ContactRelationRow, ContactRow } from "../db/schema/index.js";
import type { PolicyField } from "../domain/sensitive-policy.js";

export const kindIn = (k: ContactRelationKind) => k.toLowerCase() as ContactRelationRow["kind"];
export const kindOut = (k: ContactRelationRow["kind"]) => k.toUpperCase() as ContactRelationKind;

/** Decrypts one sensitive column and audits the read (one entry per field read), if the policy lets the caller see it. */
export const sensitive = (ctx: ActivityContext, target: SensitiveTarget) => ctx.loaders.contacts.sensitive.load(target);
export const maySee = async (ctx: ActivityContext, contactId: string, field: PolicyField) =>
  (await ctx.loaders.contacts.access.load(contactId)).has(field);

/** A contact's caregivers and next of kin, or none when the policy hides them from the caller. */
export const relationsIfSeen = async (ctx: ActivityContext, contactId: string) =>
  (await maySee(ctx, contactId, "caregivers")) ? ctx.loaders.contacts.relations.load(contactId) : [];

export const contactField =
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
