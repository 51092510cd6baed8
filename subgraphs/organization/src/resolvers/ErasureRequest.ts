import type {
  ErasureReason,
  ErasureRequestResolvers,
  ErasureStatus,
  ErasureSubjectType,
} from "../__generated__/resolvers-types.js";
import { partsOf } from "../application/privacy/erasure.js";

const upper = <T extends string>(v: string) => v.toUpperCase() as T;

export const ErasureRequest: ErasureRequestResolvers = {
  subjectType: (r) => upper<ErasureSubjectType>(r.subjectType),
  reason: (r) => upper<ErasureReason>(r.reason),
  status: (r) => upper<ErasureStatus>(r.status),
  requestedBy: (r) => (r.requestedBy ? { id: r.requestedBy } : null),
  confirmedBy: (r) => (r.confirmedBy ? { id: r.confirmedBy } : null),
  parts: (r, _args, ctx) => partsOf(ctx.uow, r.organizationId, r.id),
};
