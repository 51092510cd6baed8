/** Gatherings: thin resolvers over application/gatherings.ts and attendance.ts; per-request DataLoaders kept beside the context. */
import { requireViewer } from "@meander/subgraph-kit";
import DataLoader from "dataloader";
import type {
  GatheringAttendanceResolvers,
  GatheringRegistrationResolvers,
  GatheringResolvers,
  GatheringStatus as GqlStatus,
  MutationResolvers,
  QueryResolvers,
} from "../__generated__/resolvers-types.js";
import { recordGatheringAttendance } from "../application/attendance.js";
import {
  changeGatheringStatus,
  createGathering,
  getGatherings,
  listGatherings,
  registerForGathering,
  registrationsOf,
} from "../application/gatherings.js";
import type { ActivityContext } from "../context.js";
import type { GatheringRegistrationRow, GatheringRow } from "../db/schema/index.js";
import type { GatheringStatus } from "../domain/gathering.js";

interface GatheringLoaders {
  gathering: DataLoader<string, GatheringRow | null>;
  registrations: DataLoader<string, GatheringRegistrationRow[]>;
}

const perRequest = new WeakMap<ActivityContext, GatheringLoaders>();

function loaders(ctx: ActivityContext): GatheringLoaders {
  let l = perRequest.get(ctx);
  if (!l) {
    const actor = requireViewer(ctx);
    l = {
      gathering: new DataLoader((ids) => getGatherings(ctx.uow, actor, ids)),
      registrations: new DataLoader(async (ids) => {
        const rows = await registrationsOf(ctx.uow, actor, ids);
        return ids.map((id) => rows.filter((r) => r.gatheringId === id));
      }),
    };
    perRequest.set(ctx, l);
  }
  return l;
}

const statusOut = (s: GatheringStatus) => s.toUpperCase() as GqlStatus;

export const Gathering: GatheringResolvers = {
  __resolveReference: (ref, ctx) => loaders(ctx).gathering.load(ref.id),
  localAssociation: (g) => ({ id: g.localAssociationId }),
  organizer: (g) => ({ id: g.createdBy }),
  activityTypeKey: (g) => g.activityType,
  status: (g) => statusOut(g.status),
  registrations: (g, _args, ctx) => loaders(ctx).registrations.load(g.id),
  registeredCount: async (g, _args, ctx) => (await loaders(ctx).registrations.load(g.id)).length,
  spotsLeft: async (g, _args, ctx) =>
    g.capacity === null ? null : Math.max(0, g.capacity - (await loaders(ctx).registrations.load(g.id)).length),
};

export const GatheringRegistration: GatheringRegistrationResolvers = {
  gathering: async (r, _args, ctx) => (await loaders(ctx).gathering.load(r.gatheringId))!,
  user: (r) => ({ id: r.userId }),
  registeredBy: (r) => ({ id: r.registeredBy }),
  status: (r) => r.status.toUpperCase() as "REGISTERED" | "ATTENDED" | "ABSENT",
};

export const GatheringAttendance: GatheringAttendanceResolvers = {};

export const GatheringQuery: Pick<QueryResolvers, "gathering" | "gatherings"> = {
  gathering: (_parent, { id }, ctx) => loaders(ctx).gathering.load(id),
  gatherings: (_parent, { first, after, status }, ctx) =>
    listGatherings(
      ctx.uow,
      requireViewer(ctx),
      { first, after },
      status ? (status.toLowerCase() as GatheringStatus) : null,
    ),
};

export const GatheringMutation: Pick<
  MutationResolvers,
  "createGathering" | "publishGathering" | "cancelGathering" | "registerForGathering" | "recordGatheringAttendance"
> = {
  createGathering: (_parent, { input }, ctx) =>
    createGathering(ctx.uow, requireViewer(ctx), {
      ...input,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
    }),
  publishGathering: (_parent, { id }, ctx) => changeGatheringStatus(ctx.uow, requireViewer(ctx), id, "published"),
  cancelGathering: (_parent, { id, reason }, ctx) =>
    changeGatheringStatus(ctx.uow, requireViewer(ctx), id, "cancelled", reason ?? null),
  registerForGathering: (_parent, { gatheringId, userId }, ctx) =>
    registerForGathering(ctx.uow, requireViewer(ctx), gatheringId, userId),
  recordGatheringAttendance: (_parent, { gatheringId, attendedUserIds, createActivities }, ctx) =>
    recordGatheringAttendance(ctx.uow, requireViewer(ctx), gatheringId, attendedUserIds, {
      createActivities: createActivities ?? true,
    }),
};
