/** Documents: attachments on activities and signed confidentiality declarations (thin: parse, call the use case, map). */
import { requireViewer } from "@meander/subgraph-kit";
import type {
  ActivityResolvers,
  AttachmentCategory as GqlCategory,
  DocumentResolvers,
  MutationResolvers,
  QueryResolvers,
} from "../__generated__/resolvers-types.js";
import {
  attachDocument,
  documentContent,
  signConfidentialityDeclaration,
  type AttachmentCategory,
} from "../application/documents.js";

const toCategory = (c: GqlCategory | null | undefined): AttachmentCategory | null =>
  c ? (c.toLowerCase() as AttachmentCategory) : null;

export const documentQueries: QueryResolvers = {
  document: (_parent, { id }, ctx) => ctx.documents.byId.load(id),
  confidentialityDeclarations: (_parent, { userId }, ctx) => ctx.documents.repo.declarations(userId ?? null),
};

export const documentMutations: MutationResolvers = {
  attachDocument: (_parent, { input }, ctx) =>
    attachDocument(ctx.uow, ctx.store, ctx.envelope, requireViewer(ctx), {
      ...input,
      category: toCategory(input.category),
      contentType: input.contentType ?? null,
    }),
  signConfidentialityDeclaration: (_parent, { input }, ctx) =>
    signConfidentialityDeclaration(ctx.uow, ctx.store, ctx.envelope, requireViewer(ctx), {
      ...input,
      userId: input.userId ?? null,
      contentType: input.contentType ?? null,
    }),
};

export const activityDocuments: Pick<ActivityResolvers, "documents"> = {
  documents: (a, _args, ctx) => ctx.documents.ofActivity.load(a.id),
};

export const Document: DocumentResolvers = {
  kind: (d) => (d.kind === "attachment" ? "ATTACHMENT" : "CONFIDENTIALITY_DECLARATION"),
  category: (d) => (d.category ? (d.category.toUpperCase() as GqlCategory) : null),
  activity: (d, _args, ctx) => (d.activityId ? ctx.loaders.activity.load(d.activityId) : null),
  mentor: (d) => ({ id: d.mentorId }),
  uploadedBy: (d) => ({ id: d.uploadedBy }),
  contentBase64: (d, _args, ctx) => documentContent(ctx.uow, ctx.store, ctx.envelope, d),
};
