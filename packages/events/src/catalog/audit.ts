/** Event catalog, every domain's audit entries. */
import { z } from "zod";
import { id, type CatalogEntries } from "./shared.js";

/**
 * Every domain publishes its own audit entries (DESIGN.md section 6); reporting
 * keeps the organization-wide, hash-chained log. `action` says what happened,
 * e.g. `cross_tenant_read` for a global administrator's read (the actions are
 * listed in reporting's README). An entry holds ids only, never a name, an
 * e-mail or free text (reporting resolves labels when the log is read).
 */
const auditRecorded = {
  version: 1,
  payload: z.object({
    action: z.string().min(1),
    /** Null: nobody signed in (a failed sign-in, a reused refresh token). */
    actorId: id.nullable(),
    actorRole: z.string(),
    /** What the entry is about, by type and id (added later: optional, so older entries still validate). */
    subjectType: z.string().min(1).nullable().optional(),
    subjectId: id.nullable().optional(),
    /** The organization the actor acted in (null: across organizations). */
    organizationId: id.nullable(),
    operationName: z.string().nullable(),
    /** The root fields of the operation (what was read or changed). */
    fields: z.array(z.string()),
    requestId: z.string(),
  }),
} as const;

export const auditEvents = {
  "identity.audit.recorded": auditRecorded,
  "organization.audit.recorded": auditRecorded,
  "activity.audit.recorded": auditRecorded,
  "finance.audit.recorded": auditRecorded,
  "engagement.audit.recorded": auditRecorded,
  "reporting.audit.recorded": auditRecorded,
} as const satisfies CatalogEntries;
