import type { ContactResolvers } from "../__generated__/resolvers-types.js";
import { maskedName } from "../domain/sensitive-policy.js";
import { contactField, maySee, relationsIfSeen } from "../views/contacts.js";

export const Contact: ContactResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.contact.load(ref.id),
  localAssociation: (c) => ({ id: c.localAssociationId }),
  // Sensitive fields (issue #6 item 9): what the policy hides from the caller is masked, null or empty.
  firstName: async (c, _args, ctx) => ((await maySee(ctx, c.id, "name")) ? c.firstName : maskedName(c.firstName)),
  lastName: async (c, _args, ctx) => ((await maySee(ctx, c.id, "name")) ? c.lastName : maskedName(c.lastName)),
  municipality: async (c, _args, ctx) => ((await maySee(ctx, c.id, "municipality")) ? c.municipality : null),
  address: contactField("address", "address", "address"),
  healthInfo: contactField("health_info", "healthInfo", "health_information"),
  relations: (c, _args, ctx) => relationsIfSeen(ctx, c.id),
  notes: async (c, _args, ctx) => ((await maySee(ctx, c.id, "notes")) ? ctx.loaders.contacts.notes.load(c.id) : []),
};
