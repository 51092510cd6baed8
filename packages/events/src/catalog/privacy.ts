/** Event catalog, privacy (topic `meander.privacy`): erasure, retention, access exports. Ids only. */
import { z } from "zod";
import { id, type CatalogEntries } from "./shared.js";

export const privacyEvents = {
  /**
   * Erasure (issue 24 item 4; organization, aggregate: the request). Confirmed: every subgraph does its part for
   * the subject in one transaction and answers `privacy.erasure.completed`. Ids only: the reason stays in organization.
   */
  "privacy.erasure.requested": {
    version: 1,
    payload: z.object({ requestId: id, subjectType: z.enum(["contact", "user"]), subjectId: id }),
  },
  /** One subgraph's part of an erasure is done (aggregate: the request). */
  "privacy.erasure.completed": {
    version: 1,
    payload: z.object({
      requestId: id,
      subgraph: z.enum(["identity", "organization", "activity", "finance", "engagement", "reporting"]),
    }),
  },
  /**
   * activity's retention job (issue 24 item 5): contacts of the organization inactive longer than its retention.
   * organization proposes or performs their erasure, as the organization's retention setting says.
   */
  "privacy.retention.expired": {
    version: 1,
    payload: z.object({ contactIds: z.array(id), retentionYears: z.number().int() }),
  },
  /**
   * privacy (issue 24 item 3): organization asks every subgraph for its part of a subject access export. Ids only:
   * the subject is a contact or a user (exactly one of the two), the parts come back as encrypted objects in storage.
   */
  "privacy.access_export.requested": {
    version: 1,
    payload: z.object({ requestId: id, contactId: id.nullable(), userId: id.nullable() }),
  },
  /** A subgraph wrote its part of an access export: the encrypted object `objectId` (see @meander/privacy access-export). */
  "privacy.access_export.part_ready": {
    version: 1,
    payload: z.object({
      requestId: id,
      subgraph: z.enum(["identity", "organization", "activity", "finance", "engagement", "reporting"]),
      objectId: id,
    }),
  },
} as const satisfies CatalogEntries;
