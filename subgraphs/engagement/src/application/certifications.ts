/** Certification use cases: types, issue/renewal on course completion, revocation, and the daily status sweep. */
import { refuseIfAny, badInput, conflictBy, forbiddenBy, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { scopes, type Scope, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import {
  createCertificationRepository,
  type CertificationRow,
  type CertificationTypeRow,
} from "../db/repositories/certifications.js";
import { addDays, osloDate } from "../domain/calendar.js";
import { certificationIssuedText } from "../domain/notification-texts.js";
import {
  checkRevoke,
  EXPIRING_DAYS,
  renewalOf,
  statusOn,
  transition,
  validateCertificationType,
  validUntilFor,
  type CertificationStatus,
} from "../domain/certification.js";
import { notify } from "./notify.js";

export async function createCertificationType(
  uow: UnitOfWork,
  scope: Scope,
  input: { key: string; name: string; validityMonths?: number | null; basicCourse?: boolean | null },
): Promise<CertificationTypeRow> {
  const organizationId = scope.organizationId;
  if (!organizationId)
    throw forbiddenBy(
      "organization_context_required",
      "A certification type belongs to an organization: act within one",
    );
  refuseIfAny(validateCertificationType(input));
  const created = await uow.run(scope, (tx) =>
    createCertificationRepository(tx, scope).insertType({
      id: randomUUID(),
      organizationId,
      key: input.key,
      name: input.name.trim(),
      validityMonths: input.validityMonths ?? null,
      basicCourse: input.basicCourse ?? false,
    }),
  );
  if (!created)
    throw conflictBy(
      "certification_type_key_unique",
      `The organization has a certification type with key ${input.key} already`,
    );
  return created;
}

type Verb = "issued" | "expiring" | "expired" | "revoked";

async function publish(
  events: Emitter,
  verb: Verb,
  cert: CertificationRow,
  type: CertificationTypeRow,
  actorId: string | null,
): Promise<void> {
  await events.emit({
    type: `engagement.certification.${verb}`,
    aggregateId: cert.id,
    organizationId: cert.organizationId,
    actorId,
    payload: {
      certificationId: cert.id,
      userId: cert.userId,
      organizationId: cert.organizationId,
      certificationTypeId: type.id,
      certificationTypeKey: type.key,
      certificationTypeName: type.name,
      basicCourse: type.basicCourse,
      validFrom: cert.validFrom,
      validUntil: cert.validUntil,
      status: cert.status,
    },
  });
}

const verbOf = (status: CertificationStatus): Verb => (status === "active" ? "issued" : status);

/**
 * Issues (or renews) a user's certification of a type, valid from `validFrom`;
 * called in the transaction that completes a course. A renewal that would not
 * extend the validity, or of a revoked certification, changes nothing
 * (`renewalOf`): no renewal entry, no event, no notification. Publishes
 * engagement.certification.issued (and .expiring/.expired when the new
 * validity already is in that state on `today`). `now`: the request's clock.
 */
export async function issueCertification(
  tx: Tx,
  events: Emitter,
  target: {
    organizationId: string;
    userId: string;
    type: CertificationTypeRow;
    courseId: string | null;
    validFrom: string;
  },
  today: string,
  actorId: string | null,
  now: Date,
): Promise<CertificationRow> {
  const repo = createCertificationRepository(tx, scopes.organization(target.organizationId));
  const validUntil = validUntilFor(target.validFrom, target.type.validityMonths);
  const status = statusOn(validUntil, today);
  const existing = await repo.lockOf(target.userId, target.type.id);
  const outcome = renewalOf(existing, { validFrom: target.validFrom, validUntil });
  // A revoked certification stays revoked, and an older course never shortens a validity: nothing changes.
  if (outcome === "revoked" || outcome === "keep") return existing!;
  const fields = {
    validFrom: target.validFrom,
    validUntil,
    status,
    courseId: target.courseId,
    issuedAt: now,
    revokedAt: null,
    revokedReason: null,
  };
  const cert = existing
    ? await repo.update(existing.id, fields)
    : await repo.insert({
        id: randomUUID(),
        organizationId: target.organizationId,
        userId: target.userId,
        typeId: target.type.id,
        ...fields,
      });
  await repo.addRenewal({
    id: randomUUID(),
    certificationId: cert.id,
    courseId: target.courseId,
    validFrom: target.validFrom,
    validUntil,
  });
  await publish(events, "issued", cert, target.type, actorId);
  if (status !== "active") await publish(events, verbOf(status), cert, target.type, actorId);
  await notify(
    tx,
    {
      organizationId: cert.organizationId,
      userId: cert.userId,
      category: "certification_status",
      text: certificationIssuedText(target.type.name, Boolean(existing), validUntil),
      data: { certificationId: cert.id },
    },
    now,
  );
  return cert;
}

export async function revokeCertification(
  uow: UnitOfWork,
  scope: Scope,
  id: string,
  reason: string,
  actorId: string,
  now: Date,
): Promise<CertificationRow> {
  return uow.run(scope, async (tx, events) => {
    const repo = createCertificationRepository(tx, scope);
    const cert = await repo.lockById(id);
    if (!cert) throw notFound("Certification");
    const violation = checkRevoke(cert.status, reason);
    if (violation) throw badInput(violation.rule, violation.field, violation.message);
    const [type] = await repo.typesByIds([cert.typeId]);
    const revoked = await repo.update(cert.id, {
      status: "revoked",
      revokedAt: now,
      revokedReason: reason.trim(),
    });
    await publish(events, "revoked", revoked, type!, actorId);
    return revoked;
  });
}

/**
 * Moves every certification whose status changes on the Norwegian day of `now`
 * (active → expiring, active/expiring → expired) and publishes the event, in
 * batches, each batch one transaction; rows another run holds are skipped.
 * Returns how many changed.
 */
export async function sweepCertificationStatuses(uow: UnitOfWork, now: Date): Promise<number> {
  const today = osloDate(now);
  const horizon = addDays(today, EXPIRING_DAYS);
  let changed = 0;
  for (;;) {
    const batch = await uow.run(scopes.platform(), async (tx, events) => {
      const repo = createCertificationRepository(tx, scopes.platform());
      const due = await repo.dueForStatusChange(today, horizon, 200);
      const types = new Map((await repo.typesByIds([...new Set(due.map((c) => c.typeId))])).map((t) => [t.id, t]));
      let n = 0;
      for (const cert of due) {
        const next = transition(cert.status, cert.validUntil, today);
        if (!next) continue;
        const updated = await repo.update(cert.id, { status: next });
        await publish(events, verbOf(next), updated, types.get(cert.typeId)!, null);
        n++;
      }
      return { n, size: due.length };
    });
    changed += batch.n;
    if (batch.size < 200 || batch.n === 0) return changed;
  }
}
