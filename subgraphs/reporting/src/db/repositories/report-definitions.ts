/**
 * Saved report definitions, their schedules and stored runs, scoped when constructed: a request's organization, the
 * schedule worker's platform (due schedules of every organization) and then each due schedule's organization.
 */
import { and, asc, desc, eq, lte } from "drizzle-orm";
import { organizationIdOf, scopedWhere, type Executor, type Scope } from "@meander/db";
import type { Frequency, ReportSpec } from "../../domain/report-definition.js";
import {
  reportDefinitions,
  reportRuns,
  reportSchedules,
  type ReportDefinitionRow,
  type ReportScheduleRow,
} from "../schema/index.js";

export type { ReportDefinitionRow, ReportScheduleRow };

export interface DefinitionWrite {
  name: string;
  description: string | null;
  spec: ReportSpec;
}

export function createReportDefinitionRepository(db: Executor, scope: Scope) {
  const own = (id: string) =>
    and(eq(reportDefinitions.id, id), scopedWhere(scope, { organization: reportDefinitions.organizationId }));
  return {
    async list(): Promise<ReportDefinitionRow[]> {
      return db
        .select()
        .from(reportDefinitions)
        .where(scopedWhere(scope, { organization: reportDefinitions.organizationId }))
        .orderBy(asc(reportDefinitions.name));
    },
    async get(id: string): Promise<ReportDefinitionRow | undefined> {
      const [row] = await db.select().from(reportDefinitions).where(own(id));
      return row;
    },
    /** Is the name taken by another definition of the organization? */
    async nameTaken(name: string, exceptId: string | null): Promise<boolean> {
      const rows = await db
        .select({ id: reportDefinitions.id })
        .from(reportDefinitions)
        .where(
          and(scopedWhere(scope, { organization: reportDefinitions.organizationId }), eq(reportDefinitions.name, name)),
        );
      return rows.some((r) => r.id !== exceptId);
    },
    async insert(id: string, createdBy: string, w: DefinitionWrite): Promise<ReportDefinitionRow> {
      const [row] = await db
        .insert(reportDefinitions)
        .values({ id, organizationId: organizationIdOf(scope), createdBy, ...w })
        .returning();
      return row!;
    },
    async update(id: string, w: DefinitionWrite): Promise<ReportDefinitionRow | undefined> {
      const [row] = await db
        .update(reportDefinitions)
        .set({ ...w, updatedAt: new Date() })
        .where(own(id))
        .returning();
      return row;
    },
    async delete(id: string): Promise<boolean> {
      return (await db.delete(reportDefinitions).where(own(id)).returning({ id: reportDefinitions.id })).length > 0;
    },
    /** Every schedule of the organization (one query for a list of definitions). */
    async schedules(): Promise<ReportScheduleRow[]> {
      return db
        .select()
        .from(reportSchedules)
        .where(scopedWhere(scope, { organization: reportSchedules.organizationId }));
    },
    async schedule(definitionId: string): Promise<ReportScheduleRow | undefined> {
      const [row] = await db
        .select()
        .from(reportSchedules)
        .where(
          and(
            eq(reportSchedules.definitionId, definitionId),
            scopedWhere(scope, { organization: reportSchedules.organizationId }),
          ),
        );
      return row;
    },
    async setSchedule(
      definitionId: string,
      frequency: Frequency,
      nextRunAt: Date,
      createdBy: string,
    ): Promise<ReportScheduleRow> {
      const [row] = await db
        .insert(reportSchedules)
        .values({ definitionId, organizationId: organizationIdOf(scope), frequency, nextRunAt, createdBy })
        .onConflictDoUpdate({ target: reportSchedules.definitionId, set: { frequency, nextRunAt, createdBy } })
        .returning();
      return row!;
    },
    async removeSchedule(definitionId: string): Promise<boolean> {
      const rows = await db
        .delete(reportSchedules)
        .where(
          and(
            eq(reportSchedules.definitionId, definitionId),
            scopedWhere(scope, { organization: reportSchedules.organizationId }),
          ),
        )
        .returning({ id: reportSchedules.definitionId });
      return rows.length > 0;
    },
    async runs(definitionId: string, first: number) {
      return db
        .select()
        .from(reportRuns)
        .where(
          and(
            eq(reportRuns.definitionId, definitionId),
            scopedWhere(scope, { organization: reportRuns.organizationId }),
          ),
        )
        .orderBy(desc(reportRuns.scheduledFor))
        .limit(first);
    },
  };
}

/** The worker's view: due schedules in sight (the platform's: every organization's), and the locked claim of one. */
export function createScheduleStore(db: Executor, scope: Scope) {
  const schedules = () => scopedWhere(scope, { organization: reportSchedules.organizationId });
  return {
    async due(now: Date, limit: number): Promise<Array<{ definitionId: string; organizationId: string }>> {
      return db
        .select({ definitionId: reportSchedules.definitionId, organizationId: reportSchedules.organizationId })
        .from(reportSchedules)
        .where(and(lte(reportSchedules.nextRunAt, now), schedules()))
        .orderBy(asc(reportSchedules.nextRunAt))
        .limit(limit);
    },
    /** Locks the schedule if it is still due (another worker holding it: skipped). */
    async claim(definitionId: string, now: Date): Promise<(ReportScheduleRow & { spec: unknown }) | undefined> {
      const [schedule] = await db
        .select()
        .from(reportSchedules)
        .where(and(eq(reportSchedules.definitionId, definitionId), lte(reportSchedules.nextRunAt, now), schedules()))
        .for("update", { skipLocked: true });
      if (!schedule) return undefined;
      const [definition] = await db
        .select({ spec: reportDefinitions.spec })
        .from(reportDefinitions)
        .where(
          and(
            eq(reportDefinitions.id, definitionId),
            scopedWhere(scope, { organization: reportDefinitions.organizationId }),
          ),
        );
      return definition ? { ...schedule, spec: definition.spec } : undefined;
    },
    /** Stores the slot's result once (a second run of the same slot stores nothing) and moves the schedule on. */
    async record(
      run: {
        id: string;
        definitionId: string;
        organizationId: string;
        scheduledFor: Date;
        rowCount: number;
        result: unknown;
      },
      next: Date,
      ranAt: Date,
    ): Promise<boolean> {
      const inserted = await db
        .insert(reportRuns)
        .values({ ...run, ranAt })
        .onConflictDoNothing()
        .returning({ id: reportRuns.id });
      await db
        .update(reportSchedules)
        .set({ nextRunAt: next, lastRunAt: ranAt })
        .where(and(eq(reportSchedules.definitionId, run.definitionId), schedules()));
      return inserted.length > 0;
    },
  };
}
