/** Documents' GraphQL attachment categories. */
import type { AttachmentCategory as GqlCategory } from "../__generated__/resolvers-types.js";
import type { AttachmentCategory } from "../application/documents.js";

export const toCategory = (c: GqlCategory | null | undefined): AttachmentCategory | null =>
  c ? (c.toLowerCase() as AttachmentCategory) : null;
