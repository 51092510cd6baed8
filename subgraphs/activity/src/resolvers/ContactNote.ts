import type { ContactNoteResolvers } from "../__generated__/resolvers-types.js";
import { sensitive } from "../views/contacts.js";

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
