import type { ContactRelationResolvers } from "../__generated__/resolvers-types.js";
import { kindOut, sensitive } from "../views/contacts.js";

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
