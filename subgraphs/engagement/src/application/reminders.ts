/**
 * The reminder engine: evaluates every scenario at an explicit instant (the
 * scheduler passes the clock; tests pass any day). Idempotent: each reminder
 * claims a unique key (scenario, user, subject, period) in the transaction that
 * creates its notification, so a second run, or two runs at once, send it once.
 * An organization's switched-off scenario is skipped; a user's switched-off
 * category is claimed but creates no notification.
 */
import type { UnitOfWork } from "@meander/events";
import { scopes, type Tx } from "@meander/db";
import { createCertificationRepository } from "../db/repositories/certifications.js";
import { createReminderRepository } from "../db/repositories/reminders.js";
import { addDays, osloDate } from "../domain/calendar.js";
import { EXPIRING_DAYS } from "../domain/certification.js";
import {
  approvalPendingText,
  certificationExpiringText,
  noContactText,
  type NotificationText,
} from "../domain/notification-texts.js";
import { createDirectoryRepository } from "../db/repositories/directory.js";
import {
  approvalCutoff,
  approvalPeriod,
  CATEGORY_OF,
  LEAD_DAYS,
  expiryRemindersDue,
  noContactDue,
  NO_CONTACT_DAYS,
  type ReminderScenario,
} from "../domain/reminder.js";
import { notify } from "./notify.js";

export interface ReminderRun {
  /** Reminders sent (notifications created) per scenario. */
  sent: Record<ReminderScenario, number>;
}

interface Candidate {
  organizationId: string;
  userId: string;
  scenario: ReminderScenario;
  subjectId: string;
  period: string;
  text: NotificationText;
  data: Record<string, string>;
}

async function send(tx: Tx, c: Candidate, now: Date): Promise<boolean> {
  const repo = createReminderRepository(tx, scopes.platform());
  const reminderId = await repo.claim(c);
  if (!reminderId) return false;
  const n = await notify(
    tx,
    {
      organizationId: c.organizationId,
      userId: c.userId,
      category: CATEGORY_OF[c.scenario],
      text: c.text,
      data: c.data,
    },
    now,
  );
  if (!n) return false;
  await repo.attach(reminderId, n.id);
  return true;
}

export async function runReminders(uow: UnitOfWork, now: Date): Promise<ReminderRun> {
  const today = osloDate(now);
  const sent: Record<ReminderScenario, number> = {
    no_contact: 0,
    certification_expiring_30: 0,
    certification_expiring_7: 0,
    approval_pending: 0,
  };
  await uow.run(scopes.platform(), async (tx) => {
    const repo = createReminderRepository(tx, scopes.platform());
    const off = await repo.disabled();
    const enabled = (organizationId: string, scenario: ReminderScenario) => !off.has(`${organizationId}:${scenario}`);
    const candidates: Candidate[] = [];

    // 1. No contact with an assigned contact for NO_CONTACT_DAYS.
    for (const pair of await repo.silentSince(new Date(now.getTime() - (NO_CONTACT_DAYS - 1) * 86_400_000))) {
      const last = osloDate(pair.lastContactAt);
      const due = noContactDue(last, today);
      if (!due || !enabled(pair.organizationId, "no_contact")) continue;
      candidates.push({
        organizationId: pair.organizationId,
        userId: pair.mentorId,
        scenario: "no_contact",
        subjectId: pair.contactId,
        period: due.period,
        text: noContactText(last),
        data: { contactId: pair.contactId },
      });
    }

    // 2. Certifications expiring in 30 and in 7 days.
    const certRepo = createCertificationRepository(tx, scopes.platform());
    const ending = await certRepo.endingBy(addDays(today, EXPIRING_DAYS), today);
    const types = new Map((await certRepo.typesByIds([...new Set(ending.map((c) => c.typeId))])).map((t) => [t.id, t]));
    for (const cert of ending) {
      for (const due of expiryRemindersDue(cert.validUntil, today)) {
        if (!enabled(cert.organizationId, due.scenario)) continue;
        const name = types.get(cert.typeId)!.name; // fetched above for exactly these certifications
        candidates.push({
          organizationId: cert.organizationId,
          userId: cert.userId,
          scenario: due.scenario,
          subjectId: cert.id,
          period: due.period,
          text: certificationExpiringText(name, cert.validUntil!, LEAD_DAYS[due.scenario as keyof typeof LEAD_DAYS]),
          data: { certificationId: cert.id },
        });
      }
    }

    // 3. Activities waiting for a coordinator's approval.
    const cutoff = new Date(`${approvalCutoff(today)}T00:00:00Z`);
    const waiting = await repo.waitingApproval(cutoff);
    const laNames = await createDirectoryRepository(tx, scopes.platform()).localAssociationNames(
      waiting.map((g) => g.localAssociationId!),
    );
    for (const group of waiting) {
      if (!enabled(group.organizationId, "approval_pending")) continue;
      for (const coordinator of await repo.coordinatorsOf(group.organizationId, group.localAssociationId!)) {
        candidates.push({
          organizationId: group.organizationId,
          userId: coordinator,
          scenario: "approval_pending",
          subjectId: group.localAssociationId!,
          period: approvalPeriod(today),
          text: approvalPendingText(group.n, laNames.get(group.localAssociationId!) ?? null),
          data: { localAssociationId: group.localAssociationId! },
        });
      }
    }

    for (const c of candidates) if (await send(tx, c, now)) sent[c.scenario]++;
  });
  return { sent };
}
