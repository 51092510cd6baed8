import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { courses } from "./courses.js";
import { engagement } from "./pg-schema.js";

export const certificationStatus = engagement.enum("certification_status", [
  "active",
  "expiring",
  "expired",
  "revoked",
]);

/** A kind of certification an organization issues: how long it is valid, and whether it is the basic course Bufdir requires. */
export const certificationTypes = engagement.table(
  "certification_types",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    /** Months of validity; null = never expires. */
    validityMonths: integer("validity_months"),
    basicCourse: boolean("basic_course").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("certification_types_org_key_idx").on(t.organizationId, t.key),
    check("certification_types_validity_positive", sql`${t.validityMonths} is null or ${t.validityMonths} > 0`),
  ],
);

/**
 * A user's certification of one type (one row per user and type): its current
 * validity and status. Each issue or renewal is kept in certification_renewals.
 */
export const certifications = engagement.table(
  "certifications",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    typeId: uuid("type_id")
      .notNull()
      .references(() => certificationTypes.id),
    courseId: uuid("course_id").references(() => courses.id),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validUntil: date("valid_until", { mode: "string" }),
    status: certificationStatus("status").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
  },
  (t) => [
    uniqueIndex("certifications_user_type_idx").on(t.organizationId, t.userId, t.typeId),
    index("certifications_status_until_idx").on(t.status, t.validUntil),
  ],
);

/** Renewal history: every issue of a certification (the first one included). */
export const certificationRenewals = engagement.table(
  "certification_renewals",
  {
    id: uuid("id").primaryKey(),
    certificationId: uuid("certification_id")
      .notNull()
      .references(() => certifications.id),
    courseId: uuid("course_id").references(() => courses.id),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validUntil: date("valid_until", { mode: "string" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("certification_renewals_cert_idx").on(t.certificationId, t.issuedAt)],
);

export type CertificationTypeRow = typeof certificationTypes.$inferSelect;
export type CertificationRow = typeof certifications.$inferSelect;
export type CertificationRenewalRow = typeof certificationRenewals.$inferSelect;
