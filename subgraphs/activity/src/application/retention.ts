/**
 * Contacts past the organization's retention (issue 24 item 5), proposed to administrators for erasure. Read at
 * call time from the contacts, their activities, notes and assignments; each proposal shown is audited like a
 * sensitive read (activity.sensitive_reads, field retention_proposal, activity.audit.recorded). Erasure is not here.
 */
import { inArray, sql } from "drizzle-orm";
import { forbiddenBy } from "@meander/auth";
import { queryRows } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createSettingsRepository } from "../db/repositories/settings.js";
import { contacts, type ContactRow } from "../db/schema/index.js";
import { contactVisibility, type Actor } from "../domain/actor.js";
import { RETENTION_PROPOSALS_MAX, retentionCutoff } from "../domain/retention.js";
import { auditRead } from "./sensitive.js";

export interface RetentionProposalModel {
  contact: ContactRow;
  lastActivityAt: Date;
  retentionYears: number;
}

export async function contactsPastRetention(uow: UnitOfWork, actor: Actor, requestId: string, now = new Date()): Promise<RetentionProposalModel[]> {
  const organizationId = actor.organizationId;
  if (actor.role !== "org_admin" || !organizationId) throw forbiddenBy("org_admin_required", "Requires an organization administrator");
  return uow.run(contactVisibility(actor), async (tx, events) => {
    const years = (await createSettingsRepository(tx).of(organizationId)).contactRetentionYears;
    const cutoff = retentionCutoff(now, years);
    const found = await queryRows<{ id: string; last_activity_at: Date | string }>(tx, sql`
      select id, last_activity_at from (
        select c.id, greatest(c.created_at,
          (select max(a.activity_date) from activity.activities a where a.organization_id = c.organization_id and a.contact_id = c.id),
          (select max(n.created_at) from activity.contact_notes n where n.contact_id = c.id),
          (select max(s.updated_at) from activity.assignments s where s.contact_id = c.id)) as last_activity_at
        from activity.contacts c where c.organization_id = ${organizationId}
      ) l where last_activity_at < ${cutoff.toISOString()}
      order by last_activity_at, id limit ${RETENTION_PROPOSALS_MAX}`);
    if (found.length === 0) return [];
    const rows = new Map((await tx.select().from(contacts).where(inArray(contacts.id, found.map((r) => r.id)))).map((r) => [r.id, r]));
    const out: RetentionProposalModel[] = [];
    for (const r of found) {
      const contact = rows.get(r.id);
      if (!contact) continue;
      await auditRead(tx, events, actor, { organizationId, subject: "contact", subjectId: contact.id, field: "retention_proposal", requestId });
      out.push({ contact, lastActivityAt: new Date(r.last_activity_at), retentionYears: years });
    }
    return out;
  });
}
