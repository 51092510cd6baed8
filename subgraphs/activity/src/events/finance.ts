/** has_reimbursement follows finance (seed 002): true with an activity's first live expense claim, false when none is left. */
import { and, eq } from "drizzle-orm";
import type { ConsumerHandlers } from "@meander/events";
import { activities, activityKeys } from "../db/schema/index.js";

export const financeHandlers: ConsumerHandlers = {
  "finance.activity_reimbursement.changed": async (event, tx) => {
    const p = event.payload;
    // The key table names the partition; an unknown activity fails loudly (retried, then dead-lettered with this reason).
    const [key] = await tx
      .select({ activityDate: activityKeys.activityDate })
      .from(activityKeys)
      .where(eq(activityKeys.id, p.activityId));
    if (!key) throw new Error(`reimbursement change for unknown activity ${p.activityId}`);
    await tx
      .update(activities)
      .set({ hasReimbursement: p.hasReimbursement, updatedAt: new Date() })
      .where(and(eq(activities.id, p.activityId), eq(activities.activityDate, key.activityDate)));
  },
};
