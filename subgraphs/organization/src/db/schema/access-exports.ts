import { index, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization } from "./pg-schema.js";

/**
 * Subject access exports (issue 24 item 3): one row per request. The subject is a contact or a user (exactly one
 * id). The parts and the assembled bundle live sealed in the object store (`bundle_json_key`, `bundle_pdf_key`);
 * the bundle is downloaded once by the requester within `expires_at` (`downloaded_at`), then deleted from storage;
 * one never downloaded is deleted from storage by the cleanup job after `expires_at` (`expired_at`).
 */
export const accessExportRequests = organization.table(
  "access_export_requests",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    contactId: uuid("contact_id"),
    userId: uuid("user_id"),
    requestedBy: uuid("requested_by").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    /** When every part was in and the bundle stored. */
    readyAt: timestamp("ready_at", { withTimezone: true }),
    /** Set when the bundle is ready: ready_at plus the download window (7 days). */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    downloadedAt: timestamp("downloaded_at", { withTimezone: true }),
    /** When the cleanup job deleted the files of an export not downloaded within its window (and audited it). */
    expiredAt: timestamp("expired_at", { withTimezone: true }),
    bundleJsonKey: text("bundle_json_key"),
    bundlePdfKey: text("bundle_pdf_key"),
  },
  (t) => [index("access_export_requests_org_idx").on(t.organizationId, t.requestedAt)],
);

/** A subgraph's part of an export, once it reported it (privacy.access_export.part_ready). */
export const accessExportParts = organization.table(
  "access_export_parts",
  {
    requestId: uuid("request_id")
      .notNull()
      .references(() => accessExportRequests.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").notNull(),
    subgraph: text("subgraph").notNull(),
    objectId: uuid("object_id").notNull(),
    readyAt: timestamp("ready_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.subgraph] })],
);

export type AccessExportRequestRow = typeof accessExportRequests.$inferSelect;
