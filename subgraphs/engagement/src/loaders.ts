/** DataLoaders, created per request: resolving 100 course references or 100 users' badges costs one query. */
import DataLoader from "dataloader";
import type { Repositories } from "./db/repositories/index.js";
import { emptyFunnel, type Funnel } from "./domain/referral.js";
import type {
  AttendanceRow,
  AwardedBadge,
  CertificationRenewalRow,
  CertificationRow,
  CertificationTypeRow,
  CourseRow,
  DeliveryRow,
  EnrollmentRow,
  ParticipantRow,
  SessionRow,
} from "./db/schema/index.js";

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): V[][] {
  return keys.map((k) => rows.filter((r) => keyOf(r) === k));
}
function oneByKey<V extends { id: string }>(keys: readonly string[], rows: V[]): Array<V | null> {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
}

export function createLoaders(repos: Repositories) {
  return {
    course: new DataLoader<string, CourseRow | null>(async (ids) => oneByKey(ids, await repos.courses.byIds(ids))),
    badgesOfUser: new DataLoader<string, AwardedBadge[]>(async (userIds) =>
      byKey(userIds, await repos.badges.awardsOf(userIds), (r) => r.userId),
    ),
    enrollmentsOfCourse: new DataLoader<string, EnrollmentRow[]>(async (ids) =>
      byKey(ids, await repos.enrollments.ofCourses(ids), (r) => r.courseId),
    ),
    seatingOfCourse: new DataLoader<string, Array<Pick<EnrollmentRow, "id" | "courseId" | "status">>>(async (ids) =>
      byKey(ids, await repos.enrollments.seatingOf(ids), (r) => r.courseId),
    ),
    certificationType: new DataLoader<string, CertificationTypeRow | null>(async (ids) =>
      oneByKey(ids, await repos.certifications.typesByIds(ids)),
    ),
    certificationsOfUser: new DataLoader<string, CertificationRow[]>(async (ids) =>
      byKey(ids, await repos.certifications.ofUsers(ids), (r) => r.userId),
    ),
    renewals: new DataLoader<string, CertificationRenewalRow[]>(async (ids) =>
      byKey(ids, await repos.certifications.renewalsOf(ids), (r) => r.certificationId),
    ),
    session: new DataLoader<string, SessionRow | null>(async (ids) =>
      oneByKey(ids, await repos.enrollments.sessionsByIds(ids)),
    ),
    participants: new DataLoader<string, ParticipantRow[]>(async (ids) =>
      byKey(ids, await repos.enrollments.participantsOf(ids), (r) => r.sessionId),
    ),
    attendance: new DataLoader<string, AttendanceRow[]>(async (ids) =>
      byKey(ids, await repos.enrollments.attendanceOf(ids), (r) => r.participantId),
    ),
    funnel: new DataLoader<string, Funnel>(async (ids) => {
      const rows = await repos.referrals.funnels(ids);
      return ids.map((id) => {
        const f = emptyFunnel();
        for (const r of rows) if (r.linkId === id) f[r.step] = r.n;
        return f;
      });
    }),
    deliveries: new DataLoader<string, DeliveryRow[]>(async (ids) =>
      byKey(ids, await repos.notifications.deliveriesOf(ids), (r) => r.notificationId),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
