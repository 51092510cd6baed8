/** Documents: attachments on activities and signed confidentiality declarations (thin: map the row). */
import type { AttachmentCategory as GqlCategory, DocumentResolvers } from "../__generated__/resolvers-types.js";
import { documentContent } from "../application/documents.js";

export const Document: DocumentResolvers = {
  kind: (d) => (d.kind === "attachment" ? "ATTACHMENT" : "CONFIDENTIALITY_DECLARATION"),
  category: (d) => (d.category ? (d.category.toUpperCase() as GqlCategory) : null),
  activity: (d, _args, ctx) => (d.activityId ? ctx.loaders.activity.load(d.activityId) : null),
  mentor: (d) => ({ id: d.mentorId }),
  uploadedBy: (d) => ({ id: d.uploadedBy }),
  contentBase64: (d, _args, ctx) => documentContent(ctx.uow, ctx.store, ctx.envelope, d),
};
