/**
 * Report schedules (issue 9 item 5): one per definition; the worker runs every
 * due schedule and stores its result once per slot. Idempotent: the slot's run
 * is unique per (definition, scheduled_for) and the schedule row is locked
 * (`for update skip locked`) while it runs, so two workers, or one run twice,
 * store one result and move the schedule on once.
 */
import { badInput, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { type Viewer } from "@meander/auth";
import { scopes, type Db, type Executor } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createReportDefinitionRepository, createScheduleStore } from "../db/repositories/report-definitions.js";
import { FREQUENCIES, nextSlotAfter, osloDay, type Frequency } from "../domain/report-definition.js";
import { adminOrganization, computeResult, storedSpec } from "./report-definitions.js";

/** How far ahead a first run may be set. */
const MAX_START_AHEAD_MS = 366 * 86_400_000;
export const MAX_RUNS_PAGE = 100;

export async function scheduleDefinition(
  uow: UnitOfWork,
  viewer: Viewer,
  id: string,
  frequency: string,
  startsAt: Date | null | undefined,
  now: Date = new Date(),
) {
  const organizationId = adminOrganization(viewer);
  if (!(FREQUENCIES as readonly string[]).includes(frequency))
    throw badInput("frequency_allowed", "schedule.frequency", `Frequencies are ${FREQUENCIES.join(", ")}`);
  const first = startsAt ?? now;
  if (first.getTime() - now.getTime() > MAX_START_AHEAD_MS)
    throw badInput("start_range", "schedule.startsAt", "The first run is at most a year ahead");
  return uow.run(scopes.organization(organizationId), async (tx) => {
    const repo = createReportDefinitionRepository(tx, scopes.organization(organizationId));
    if (!(await repo.get(id))) throw notFound("Report definition");
    return repo.setSchedule(id, frequency as Frequency, first, viewer.userId);
  });
}

export async function unscheduleDefinition(uow: UnitOfWork, viewer: Viewer, id: string): Promise<boolean> {
  const organizationId = adminOrganization(viewer);
  return uow.run(scopes.organization(organizationId), (tx) =>
    createReportDefinitionRepository(tx, scopes.organization(organizationId)).removeSchedule(id),
  );
}

export async function listRuns(db: Executor, viewer: Viewer, definitionId: string, first: number | null | undefined) {
  const n = first ?? 20;
  if (n < 1 || n > MAX_RUNS_PAGE) throw badInput("page_size_range", "first", `first is 1 to ${MAX_RUNS_PAGE}`);
  return createReportDefinitionRepository(db, scopes.organization(adminOrganization(viewer))).runs(definitionId, n);
}

/** One worker pass: runs every schedule due at `now`; returns how many ran and how many results were stored. */
export async function runDueSchedules(
  db: Db,
  uow: UnitOfWork,
  now: Date,
  batch = 100,
): Promise<{ ran: number; stored: number }> {
  let ran = 0;
  let stored = 0;
  // The worker sees every organization's due schedules; each runs in its organization.
  for (const due of await createScheduleStore(db, scopes.platform()).due(now, batch)) {
    const organization = scopes.organization(due.organizationId);
    await uow.run(organization, async (tx) => {
      const store = createScheduleStore(tx, organization);
      const schedule = await store.claim(due.definitionId, now);
      if (!schedule) return; // another worker has it, or it already ran
      const slot = schedule.nextRunAt;
      const result = await computeResult(
        tx,
        due.organizationId,
        storedSpec({ name: "scheduled", spec: schedule.spec }),
        osloDay(slot),
      );
      const run = {
        id: randomUUID(),
        definitionId: due.definitionId,
        organizationId: due.organizationId,
        scheduledFor: slot,
        rowCount: result.rows.length,
        result,
      };
      ran += 1;
      if (await store.record(run, nextSlotAfter(slot, schedule.frequency as Frequency, now), now)) stored += 1;
    });
  }
  return { ran, stored };
}
