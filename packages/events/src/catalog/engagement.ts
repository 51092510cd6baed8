/** Event catalog, engagement: badges and certifications. */
import { z } from "zod";
import { id, type CatalogEntries } from "./shared.js";

/**
 * engagement: a certification's status changed (issued, expiring, expired,
 * revoked); one payload for all four: whose it is, of which type, whether that
 * type is the basic course Bufdir counting requires, its validity (calendar
 * days, YYYY-MM-DD; validUntil null = never expires) and its status now.
 */
const certificationChanged = {
  version: 1,
  payload: z.object({
    certificationId: id,
    userId: id,
    organizationId: id,
    certificationTypeId: id,
    certificationTypeKey: z.string(),
    /** The type's name as the organization calls it (issue 21: Wrapped names certifications); older events have none. */
    certificationTypeName: z.string().optional(),
    basicCourse: z.boolean(),
    validFrom: z.iso.date(),
    validUntil: z.iso.date().nullable(),
    status: z.enum(["active", "expiring", "expired", "revoked"]),
  }),
} as const;

export const engagementEvents = {
  "engagement.badge.awarded": {
    version: 1,
    /** badgeName: the badge's name in the organization's catalog when awarded (optional: older events have none). */
    payload: z.object({
      userBadgeId: id,
      badgeId: id,
      userId: id,
      badgeKey: z.string(),
      badgeName: z.string().optional(),
    }),
  },
  "engagement.certification.issued": certificationChanged,
  "engagement.certification.expiring": certificationChanged,
  "engagement.certification.expired": certificationChanged,
  "engagement.certification.revoked": certificationChanged,
} as const satisfies CatalogEntries;
