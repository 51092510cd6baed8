import type { GatheringAttendanceResolvers } from "../__generated__/resolvers-types.js";

export const GatheringAttendance: GatheringAttendanceResolvers = {};
