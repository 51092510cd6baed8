import { sql } from "drizzle-orm";
import { check, date, index, integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { engagement } from "./pg-schema.js";

export const courseKind = engagement.enum("course_kind", ["certification", "career_workshop", "continuing_education"]);
export const courseStatus = engagement.enum("course_status", ["planned", "open", "closed", "cancelled"]);

/** A training course, certification programme or career workshop an organization offers its mentors and coordinators. */
export const courses = engagement.table(
  "courses",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    kind: courseKind("kind").notNull(),
    capacity: integer("capacity").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
    location: text("location"),
    status: courseStatus("status").notNull().default("planned"),
    /** The certification completing this course issues (or renews); null = none. */
    certificationTypeId: uuid("certification_type_id"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("courses_org_starts_idx").on(t.organizationId, t.startsOn, t.id),
    check("courses_capacity_positive", sql`${t.capacity} > 0`),
    check("courses_date_order", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

export type CourseRow = typeof courses.$inferSelect;
export type NewCourseRow = typeof courses.$inferInsert;
