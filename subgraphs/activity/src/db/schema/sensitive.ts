/**
 * Contacts' people and notes, encrypted assignments, and the audit of
 * sensitive reads. Every `*_enc` column holds @meander/crypto ciphertext
 * bound to its organization, row and column.
 */
import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { subjectKeyTables } from "@meander/privacy/subject-key-tables";
import { activity } from "./pg-schema.js";

/** Organizations' data keys, one key per contact wrapped by them, and the move of version 1 ciphertexts (@meander/privacy). */
export const { organizationDataKeys, subjectDataKeys, subjectKeyMigration } = subjectKeyTables(activity);

export const contactRelationKind = activity.enum("contact_relation_kind", ["caregiver", "next_of_kin"]);

/** A contact's caregivers and next of kin. */
export const contactRelations = activity.table(
  "contact_relations",
  {
    id: uuid("id").primaryKey(),
    contactId: uuid("contact_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    kind: contactRelationKind("kind").notNull(),
    name: text("name").notNull(),
    relation: text("relation"),
    /** Sensitive (encrypted at rest). */
    phoneEnc: text("phone_enc"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("contact_relations_contact_idx").on(t.contactId)],
);

/** Notes on a contact by mentors and coordinators (encrypted at rest: they may hold health details). */
export const contactNotes = activity.table(
  "contact_notes",
  {
    id: uuid("id").primaryKey(),
    contactId: uuid("contact_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    authorId: uuid("author_id").notNull(),
    bodyEnc: text("body_enc").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("contact_notes_contact_idx").on(t.contactId, t.createdAt)],
);

export const assignmentStatus = activity.enum("assignment_status", [
  "dispatched",
  "delivered",
  "read",
  "acknowledged",
  "completed",
  "cancelled",
]);

/** A coordinator dispatches sensitive information about a contact to a mentor (issue #6 item 10). */
export const assignments = activity.table(
  "assignments",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    contactId: uuid("contact_id").notNull(),
    mentorId: uuid("mentor_id").notNull(),
    coordinatorId: uuid("coordinator_id").notNull(),
    /** null: shredded by the contact's erasure (issue 24; the assignment and its log stay, without content). */
    payloadEnc: text("payload_enc"),
    status: assignmentStatus("status").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assignments_mentor_contact_idx").on(t.mentorId, t.contactId),
    index("assignments_org_idx").on(t.organizationId),
  ],
);

/** The assignment's status log: append-only (a trigger refuses UPDATE and DELETE). */
export const assignmentStatusLog = activity.table(
  "assignment_status_log",
  {
    id: uuid("id").primaryKey(),
    assignmentId: uuid("assignment_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    status: assignmentStatus("status").notNull(),
    actorId: uuid("actor_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("assignment_status_log_assignment_idx").on(t.assignmentId, t.at)],
);

/** Every read of a sensitive field: who read what, when (also published as activity.audit.recorded). */
export const sensitiveReads = activity.table(
  "sensitive_reads",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    actorId: uuid("actor_id").notNull(),
    subject: text("subject").notNull(),
    subjectId: uuid("subject_id").notNull(),
    field: text("field").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sensitive_reads_subject_idx").on(t.subjectId, t.readAt)],
);

export type AssignmentRow = typeof assignments.$inferSelect;
export type AssignmentStatusLogRow = typeof assignmentStatusLog.$inferSelect;
export type ContactRelationRow = typeof contactRelations.$inferSelect;
export type ContactNoteRow = typeof contactNotes.$inferSelect;
