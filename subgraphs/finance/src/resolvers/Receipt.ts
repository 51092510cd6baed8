import type { ReceiptResolvers } from "../__generated__/resolvers-types.js";
import { receiptContent } from "../application/receipts.js";

export const Receipt: ReceiptResolvers = {
  uploadedBy: (r) => ({ id: r.uploadedBy }),
  contentBase64: (r, _args, ctx) => receiptContent(ctx.store, r),
};
