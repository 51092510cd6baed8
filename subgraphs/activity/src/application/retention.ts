/**
 * Contacts past the organization's retention (issue 24 item 5), proposed to administrators for erasure. Read at
 * call time from the contacts, their activities, notes and assignments; each proposal shown is audited like a
 * sensitive read (activity.sensitive_reads, field retention_proposal, activity.audit.recorded). Erasure is not here.
 */
import { forbiddenBy } from "@meander/validation";
import { scopeOf } from "@meander/auth";
import { scopes } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createContactRepository, type ContactRow } from "../db/repositories/contacts.js";
import { createSettingsRepository } from "../db/repositories/settings.js";
import type { Actor } from "../domain/actor.js";
import { RETENTION_PROPOSALS_MAX, retentionCutoff } from "../domain/retention.js";
import { auditRead } from "./sensitive.js";

export interface RetentionProposalModel {
  contact: ContactRow;
  lastActivityAt: Date;
  retentionYears: number;
}

export async function contactsPastRetention(
  uow: UnitOfWork,
  actor: Actor,
  requestId: string,
  opts: { now?: Date } = {},
): Promise<RetentionProposalModel[]> {
  const now = opts.now ?? new Date();
  const organizationId = actor.organizationId;
  if (actor.role !== "org_admin" || !organizationId)
    throw forbiddenBy("org_admin_required", "Requires an organization administrator");
  const scope = scopeOf(actor);
  return uow.run(scope, async (tx, events) => {
    const years = (await createSettingsRepository(tx, scope).of(organizationId)).contactRetentionYears;
    const cutoff = retentionCutoff(now, years);
    const repo = createContactRepository(tx, scope);
    const found = await repo.pastRetention(cutoff, RETENTION_PROPOSALS_MAX);
    if (found.length === 0) return [];
    const rows = new Map((await repo.byIds(found.map((r) => r.id))).map((r) => [r.id, r]));
    const out: RetentionProposalModel[] = [];
    for (const r of found) {
      const contact = rows.get(r.id);
      if (!contact) continue;
      await auditRead(tx, events, actor, {
        organizationId,
        subject: "contact",
        subjectId: contact.id,
        field: "retention_proposal",
        requestId,
        now,
      });
      out.push({ contact, lastActivityAt: r.lastActivityAt, retentionYears: years });
    }
    return out;
  });
}

/**
 * The nightly retention job (issue 24 item 5): per organization, the contacts past its retention go to
 * organization (`privacy.retention.expired`), which proposes or performs their erasure as the organization's
 * setting says. Ids only; at most RETENTION_JOB_BATCH per organization and run (the next run takes the rest).
 */
export async function runRetentionJob(uow: UnitOfWork, now = new Date()): Promise<number> {
  const organizations = await uow.run(scopes.platform(), (tx) =>
    createContactRepository(tx, scopes.platform()).organizationsWithContacts(),
  );
  let found = 0;
  for (const organizationId of organizations) {
    // The system job, one organization at a time.
    const scope = scopes.organization(organizationId);
    found += await uow.run(scope, async (tx, events) => {
      const years = (await createSettingsRepository(tx, scope).of(organizationId)).contactRetentionYears;
      const rows = await createContactRepository(tx, scope).pastRetention(
        retentionCutoff(now, years),
        RETENTION_JOB_BATCH,
      );
      if (rows.length > 0) {
        await events.emit({
          type: "privacy.retention.expired",
          aggregateId: organizationId,
          organizationId,
          actorId: null,
          payload: { contactIds: rows.map((r) => r.id), retentionYears: years },
        });
      }
      return rows.length;
    });
  }
  return found;
}

const RETENTION_JOB_BATCH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs the job once a day (the first run a day after start: a restart never floods organization). */
export function retentionJob(uow: UnitOfWork, onError: (err: unknown) => void) {
  let timer: NodeJS.Timeout | undefined;
  return {
    start() {
      timer = setInterval(() => void runRetentionJob(uow).catch(onError), DAY_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
    },
  };
}
