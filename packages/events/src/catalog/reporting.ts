/** Event catalog, reporting: Bufdir reports, Wrapped. */
import { z } from "zod";
import { id, type CatalogEntries } from "./shared.js";

export const reportingEvents = {
  /** A Bufdir report version was submitted (frozen); aggregate: the report version. */
  "reporting.bufdir_report.submitted": {
    version: 1,
    payload: z.object({
      reportId: id,
      year: z.number().int(),
      version: z.number().int(),
      activityDays: z.number().int(),
      participants: z.number().int(),
      activeMentors: z.number().int(),
      submittedBy: id,
    }),
  },
  /** A mentor's Wrapped (year in review) was computed for the first time (aggregate: the mentor; engagement tells them). */
  "reporting.wrapped.ready": {
    version: 1,
    payload: z.object({ userId: id, year: z.number().int(), activities: z.number().int(), minutes: z.number().int() }),
  },
} as const satisfies CatalogEntries;
