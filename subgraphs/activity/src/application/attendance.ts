/**
 * recordGatheringAttendance: the second phase. One transaction: the gathering
 * row is locked, the registrations are marked attended/absent, and (unless
 * createActivities is false) every attendee without an activity yet gets one
 * through the activity registration pipeline (registration.ts: every
 * activity rule, proxy scope, duplicate check and Bufdir countability), all
 * sharing one bulk batch id. Each registration keeps the id of its activity,
 * so recording again never creates a second one.
 */
import { randomUUID } from "node:crypto";
import { scopeOf } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import { RuleViolationError, refuseIfAny } from "@meander/validation";
import type { ActivityRow } from "../db/repositories/activities.js";
import type { GatheringRegistrationRow, GatheringRow } from "../db/repositories/gatherings.js";
import type { Actor } from "../domain/actor.js";
import { attendanceViolation, canRecordAttendance, gatheringMinutes, planAttendance } from "../domain/gathering.js";
import { forbiddenBy } from "./errors.js";
import { gatheringRepo, lockedGathering, refusal } from "./gatherings.js";
import { insertPrepared, prepareRegistrations, type RegisterActivityInput } from "./registration.js";

export interface AttendanceResult {
  gathering: GatheringRow;
  registrations: GatheringRegistrationRow[];
  createdActivities: ActivityRow[];
}

export async function recordGatheringAttendance(
  uow: UnitOfWork,
  actor: Actor,
  gatheringId: string,
  attendedUserIds: readonly string[],
  opts: { createActivities?: boolean; now?: Date } = {},
): Promise<AttendanceResult> {
  const now = opts.now ?? new Date();
  return uow.run(scopeOf(actor), async (tx, events) => {
    const g = await lockedGathering(tx, actor, gatheringId);
    if (!canRecordAttendance(actor, g))
      throw forbiddenBy(
        "coordinator_proxy_scope",
        "Attendance is recorded by a coordinator of the gathering's local association",
      );
    const blocked = attendanceViolation(g, now);
    if (blocked) throw refusal(blocked);
    const repo = gatheringRepo(tx, actor);
    const plan = planAttendance(await repo.registrationsOf([g.id]), attendedUserIds);
    refuseIfAny(plan.violations);

    let created: ActivityRow[] = [];
    if (opts.createActivities !== false && plan.needActivity.length > 0) {
      const inputs: RegisterActivityInput[] = plan.needActivity.map((userId) => ({
        activityTypeKey: g.activityType,
        activityDate: g.startsAt,
        durationMinutes: gatheringMinutes(g),
        title: g.title,
        location: g.location,
        participantCount: plan.attended.length,
        ...(userId === actor.userId ? {} : { userId, isProxyRegistration: true }),
        eventId: g.id,
      }));
      const prep = await prepareRegistrations(tx, actor, inputs, { now, bulkBatchId: randomUUID() });
      if (prep.violations.length > 0) {
        const rows = prep.violations.map((v) => ({
          row: v.row,
          userId: plan.needActivity[v.row],
          rule: v.rule,
          field: v.field,
          message: v.message,
          ...(v.params ? { params: v.params } : {}),
        }));
        throw new RuleViolationError(
          prep.violations.map((v) => ({
            field: `attendedUserIds[${v.row}].${v.field}`,
            rule: v.rule,
            message: v.message,
            ...(v.params ? { params: v.params } : {}),
          })),
          {
            headline: {
              field: "attendedUserIds",
              rule: "bulk_batch_atomicity",
              message: `${rows.length} deltaker(e) kan ikke få en aktivitet; ingenting ble registrert`,
              params: { count: rows.length },
            },
            details: { rows },
          },
        );
      }
      created = await insertPrepared(tx, events, actor, prep, now);
      await repo.linkActivities(
        g.id,
        created.map((a) => ({ userId: a.userId, activityId: a.id })),
      );
    }
    await repo.setAttendance(g.id, plan.attended, "attended", actor.userId, now);
    await repo.setAttendance(g.id, plan.absent, "absent", actor.userId, now);
    const gathering =
      g.status === "completed" ? g : await repo.update(g.id, { status: "completed", completedAt: now, updatedAt: now });
    await events.emit({
      type: "activity.gathering.attendance_recorded",
      aggregateId: g.id,
      organizationId: g.organizationId,
      actorId: actor.userId,
      occurredAt: now,
      payload: {
        gatheringId: g.id,
        attendedUserIds: plan.attended,
        absentUserIds: plan.absent,
        activityIds: created.map((a) => a.id),
      },
    });
    return { gathering, registrations: await repo.registrationsOf([g.id]), createdActivities: created };
  });
}
