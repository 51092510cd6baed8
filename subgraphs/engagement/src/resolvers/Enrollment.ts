import type {
  CourseEnrollmentResolvers,
  MentorProgramSessionResolvers,
  WorkshopParticipantResolvers,
} from "../__generated__/resolvers-types.js";
import { daysOf } from "../domain/calendar.js";
import { toGraphQL, type EnrollmentStatus } from "./enums.js";

export const CourseEnrollment: CourseEnrollmentResolvers = {
  course: async (e, _args, ctx) => (await ctx.loaders.course.load(e.courseId))!,
  user: (e) => ({ id: e.userId }),
  status: (e) => toGraphQL<EnrollmentStatus>(e.status),
  waitlistPosition: async (e, _args, ctx) => {
    if (e.status !== "waitlisted") return null;
    const waiting = (await ctx.loaders.seatingOfCourse.load(e.courseId)).filter((x) => x.status === "waitlisted");
    const at = waiting.findIndex((x) => x.id === e.id);
    return at < 0 ? null : at + 1;
  },
};

export const MentorProgramSession: MentorProgramSessionResolvers = {
  days: (s) => daysOf(s.startsOn, s.endsOn),
  participants: (s, _args, ctx) => ctx.loaders.participants.load(s.id),
};

export const WorkshopParticipant: WorkshopParticipantResolvers = {
  user: (p) => ({ id: p.userId }),
  attendance: async (p, _args, ctx) =>
    (await ctx.loaders.attendance.load(p.id)).map((a) => ({ day: a.day, present: a.present })),
  daysPresent: async (p, _args, ctx) => (await ctx.loaders.attendance.load(p.id)).filter((a) => a.present).length,
};
