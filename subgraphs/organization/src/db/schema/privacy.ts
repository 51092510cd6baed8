import { boolean, index, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations.js";
import { organization } from "./pg-schema.js";

/**
 * Erasure requests (issue 24 item 4): who (a contact or a user, by id), why (a category, never free text), who
 * asked and confirmed, and the progress. status: awaiting_confirmation, in_progress, completed.
 */
export const erasureRequests = organization.table(
  "erasure_requests",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    reason: text("reason").notNull(),
    /** null: the retention job. */
    requestedBy: uuid("requested_by"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    needsConfirmation: boolean("needs_confirmation").notNull().default(false),
    confirmedBy: uuid("confirmed_by"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    status: text("status").notNull(),
  },
  (t) => [
    index("erasure_requests_org_idx").on(t.organizationId, t.requestedAt),
    index("erasure_requests_subject_idx").on(t.subjectId),
  ],
);

/** Each subgraph's part of a started erasure: a row per subgraph, completed_at set by privacy.erasure.completed. */
export const erasureParts = organization.table(
  "erasure_parts",
  {
    requestId: uuid("request_id")
      .notNull()
      .references(() => erasureRequests.id),
    organizationId: uuid("organization_id").notNull(),
    subgraph: text("subgraph").notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.subgraph] })],
);

/** Contacts with assignments (activity.assignment.dispatched): their erasure needs a second administrator. */
export const contactsWithAssignments = organization.table("contacts_with_assignments", {
  contactId: uuid("contact_id").primaryKey(),
  organizationId: uuid("organization_id").notNull(),
});

export type ErasureRequestRow = typeof erasureRequests.$inferSelect;

/**
 * The contacts of each organization, by id only, learnt from activity's events: a contact's creation and every other
 * audit entry about a contact (`activity.audit.recorded`, subject type Contact), an activity with a contact, an
 * assignment. A subject access export may name only a contact of the requester's organization (issue 24 item 3).
 */
export const knownContacts = organization.table("known_contacts", {
  contactId: uuid("contact_id").primaryKey(),
  organizationId: uuid("organization_id").notNull(),
});
