import { index, integer, jsonb, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { reporting } from "./pg-schema.js";

/** Saved report definitions (issue 9 item 5): the validated spec (domain/report-definition.ts#ReportSpec) as jsonb. */
export const reportDefinitions = reporting.table(
  "report_definitions",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    spec: jsonb("spec").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("report_definitions_org_name_key").on(t.organizationId, t.name)],
);

/** One schedule per definition; the worker runs it when `next_run_at` has passed. */
export const reportSchedules = reporting.table(
  "report_schedules",
  {
    definitionId: uuid("definition_id")
      .primaryKey()
      .references(() => reportDefinitions.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").notNull(),
    frequency: text("frequency").notNull(),
    nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull(),
    lastRunAt: timestamp("last_run_at", { withTimezone: true }),
    createdBy: uuid("created_by").notNull(),
  },
  (t) => [index("report_schedules_due_idx").on(t.nextRunAt)],
);

/** Stored results of scheduled runs: one per (definition, slot), so a slot run twice is stored once. */
export const reportRuns = reporting.table(
  "report_runs",
  {
    id: uuid("id").primaryKey(),
    definitionId: uuid("definition_id")
      .notNull()
      .references(() => reportDefinitions.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").notNull(),
    scheduledFor: timestamp("scheduled_for", { withTimezone: true }).notNull(),
    ranAt: timestamp("ran_at", { withTimezone: true }).notNull().defaultNow(),
    rowCount: integer("row_count").notNull(),
    result: jsonb("result").notNull(),
  },
  (t) => [unique("report_runs_slot_key").on(t.definitionId, t.scheduledFor)],
);

export type ReportDefinitionRow = typeof reportDefinitions.$inferSelect;
export type ReportScheduleRow = typeof reportSchedules.$inferSelect;
export type ReportRunRow = typeof reportRuns.$inferSelect;
