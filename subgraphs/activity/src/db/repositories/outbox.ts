/**
 * activity's kept outbox (@meander/events' table in this schema): written only through the unit of work; this
 * repository holds the one later change an erasure makes to what was kept.
 */
import { and, sql } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { outbox } from "../schema/index.js";
import { activitiesWithContact } from "./scope.js";

export function createOutboxRepository(db: Executor, scope: Scope) {
  const visible = () => scopedWhere(scope, { organization: outbox.organizationId });
  return {
    /**
     * An erasure: kept version 1 events about the contact's activities lose their free text (a flag's note; a
     * rejection's reason, which must stay a string); version 2 carries none (issue 24 item 2).
     */
    async eraseFreeTextAbout(contactId: string): Promise<void> {
      const theirs = sql`${outbox.payload}->>'activityId' in (${activitiesWithContact(scope, contactId, "text")})`;
      await db
        .update(outbox)
        .set({ payload: sql`jsonb_set(${outbox.payload}, '{note}', 'null'::jsonb)` })
        .where(and(visible(), sql`${outbox.type} = 'activity.activity.flagged' and ${outbox.version} = 1`, theirs));
      await db
        .update(outbox)
        .set({ payload: sql`jsonb_set(${outbox.payload}, '{reason}', '""'::jsonb)` })
        .where(and(visible(), sql`${outbox.type} = 'activity.activity.rejected' and ${outbox.version} = 1`, theirs));
    },
  };
}
