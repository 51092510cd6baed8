/** The organization directory of the read model: local associations and regions, mentor statuses, certifications. */
import type { Tx } from "@meander/db";
import type { EventEnvelope, PayloadOf } from "@meander/events";
import { mentorChanged, saveCertification, saveMentorStatus, saveThresholds, upsertLocalAssociation } from "../db/repositories/bufdir-rollups.js";
import { organizationOf } from "./activity-facts.js";

export async function recordLocalAssociation(tx: Tx, event: EventEnvelope<PayloadOf<"organization.local_association.created">>) {
  const p = event.payload;
  await upsertLocalAssociation(tx, { localAssociationId: p.localAssociationId, organizationId: organizationOf(event), regionId: p.regionId, name: p.name });
}

export async function recordMentorStatus(tx: Tx, event: EventEnvelope<PayloadOf<"identity.peer_mentor.status_changed">>) {
  await saveMentorStatus(tx, { userId: event.payload.userId, status: event.payload.to, changedAt: new Date(event.occurredAt) });
  await mentorChanged(tx, event.payload.userId);
}

export async function recordCertification(tx: Tx, event: EventEnvelope<PayloadOf<"engagement.certification.issued">>) {
  const p = event.payload;
  await saveCertification(tx, {
    certificationId: p.certificationId,
    userId: p.userId,
    organizationId: p.organizationId,
    certificationTypeKey: p.certificationTypeKey,
    basicCourse: p.basicCourse,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    status: p.status,
    changedAt: new Date(event.occurredAt),
  });
  await mentorChanged(tx, p.userId);
}

/** Only the bufdir_thresholds section matters here; they apply to activities registered after them. */
export async function recordSettings(tx: Tx, event: EventEnvelope<PayloadOf<"organization.settings.changed">>) {
  const p = event.payload;
  if (p.section !== "bufdir_thresholds") return;
  await saveThresholds(tx, {
    organizationId: p.organizationId,
    settingsVersion: p.version,
    groupMinParticipants: p.values.groupMinParticipants,
    groupMinMinutes: p.values.groupMinMinutes,
    courseMinMinutesPerDay: p.values.courseMinMinutesPerDay,
  });
}
