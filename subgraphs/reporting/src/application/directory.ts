/** The organization directory of the read model: local associations and regions, mentor statuses, certifications. */
import type { Tx } from "@meander/db";
import type { EventEnvelope, PayloadOf } from "@meander/events";
import {
  mentorChanged,
  saveCertification,
  saveMentorStatus,
  saveThresholds,
  upsertLocalAssociation,
} from "../db/repositories/bufdir-rollups.js";
import { forgetPerson, saveOrganization, savePerson, saveRegion, saveTerminology } from "../db/repositories/names.js";
import { organizationOf } from "./activity-facts.js";

export async function recordLocalAssociation(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"organization.local_association.created">>,
) {
  const p = event.payload;
  await upsertLocalAssociation(tx, {
    localAssociationId: p.localAssociationId,
    organizationId: organizationOf(event),
    regionId: p.regionId,
    name: p.name,
  });
}

export async function recordMentorStatus(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"identity.peer_mentor.status_changed">>,
) {
  await saveMentorStatus(tx, {
    userId: event.payload.userId,
    status: event.payload.to,
    changedAt: new Date(event.occurredAt),
  });
  await mentorChanged(tx, event.payload.userId);
}

export async function recordCertification(tx: Tx, event: EventEnvelope<PayloadOf<"engagement.certification.issued">>) {
  const p = event.payload;
  await saveCertification(tx, {
    certificationId: p.certificationId,
    userId: p.userId,
    organizationId: p.organizationId,
    certificationTypeKey: p.certificationTypeKey,
    certificationTypeName: p.certificationTypeName ?? null,
    basicCourse: p.basicCourse,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    status: p.status,
    changedAt: new Date(event.occurredAt),
  });
  await mentorChanged(tx, p.userId);
}

/** Names for exports (issue 21 item 2): the organization, its regions, people. */
export async function recordOrganization(tx: Tx, event: EventEnvelope<PayloadOf<"organization.organization.created">>) {
  const p = event.payload;
  await saveOrganization(tx, { organizationId: p.organizationId, name: p.name, shortName: p.shortName });
}

export async function recordRegion(tx: Tx, event: EventEnvelope<PayloadOf<"organization.region.created">>) {
  await saveRegion(tx, {
    regionId: event.payload.regionId,
    organizationId: organizationOf(event),
    name: event.payload.name,
  });
}

/** A person's name from the compacted profiles topic; a null profile (erased) removes it (issue 24). */
export async function recordPerson(tx: Tx, event: EventEnvelope<PayloadOf<"identity.profile.changed">>) {
  const { userId, profile } = event.payload;
  await (profile ? savePerson(tx, { userId, displayName: profile.displayName }) : forgetPerson(tx, userId));
}

/**
 * bufdir_thresholds (they apply to activities registered after them) and terminology (the organization's
 * words in exports); the newest settings version wins for each.
 */
export async function recordSettings(tx: Tx, event: EventEnvelope<PayloadOf<"organization.settings.changed">>) {
  const p = event.payload;
  if (p.section === "terminology") {
    await saveTerminology(tx, {
      organizationId: p.organizationId,
      settingsVersion: p.version,
      labels: p.values.labels,
    });
    return;
  }
  if (p.section !== "bufdir_thresholds") return;
  await saveThresholds(tx, {
    organizationId: p.organizationId,
    settingsVersion: p.version,
    groupMinParticipants: p.values.groupMinParticipants,
    groupMinMinutes: p.values.groupMinMinutes,
    courseMinMinutesPerDay: p.values.courseMinMinutesPerDay,
  });
}
