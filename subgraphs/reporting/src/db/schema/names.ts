/**
 * What reporting needs to name things in what people read (issue 21 item 2): organizations, regions and
 * people by name, and each organization's terminology, from the owners' events. Resolved when an export is
 * written or a saved report's rows are read, never in the report's own SQL (README: "Names in exports").
 */
import { index, integer, jsonb, text, uuid } from "drizzle-orm/pg-core";
import type { TerminologyLabels } from "@meander/messages";
import { reporting } from "./pg-schema.js";

/** `organization.organization.created`. */
export const organizations = reporting.table("organizations", {
  organizationId: uuid("organization_id").primaryKey(),
  name: text("name").notNull(),
  shortName: text("short_name").notNull(),
});

/** `organization.region.created`. */
export const regions = reporting.table(
  "regions",
  {
    regionId: uuid("region_id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    name: text("name").notNull(),
  },
  (t) => [index("regions_org_idx").on(t.organizationId)],
);

/** A person's display name (`identity.user.registered`): the mentors' names in the Bufdir report's appendix. No organization: a person may belong to several. */
export const people = reporting.table("people", {
  userId: uuid("user_id").primaryKey(),
  displayName: text("display_name").notNull(),
});

/** `organization.settings.changed`, section terminology: the organization's labels (newest settings version wins). */
export const organizationTerminology = reporting.table("organization_terminology", {
  organizationId: uuid("organization_id").primaryKey(),
  settingsVersion: integer("settings_version").notNull(),
  labels: jsonb("labels").$type<TerminologyLabels>().notNull(),
});
