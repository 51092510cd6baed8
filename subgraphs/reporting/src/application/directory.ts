/** The organization directory of the read model: local associations and regions, mentor statuses, certifications. */
import { scopes, type Tx } from "@meander/db";
import type { EventEnvelope, PayloadOf } from "@meander/events";
import { createBufdirRollupRepository } from "../db/repositories/bufdir-rollups.js";
import { createNameRepository } from "../db/repositories/names.js";
import { organizationOf } from "./activity-facts.js";

export async function recordLocalAssociation(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"organization.local_association.created">>,
) {
  const p = event.payload;
  const organizationId = organizationOf(event);
  await createBufdirRollupRepository(tx, scopes.organization(organizationId)).upsertLocalAssociation({
    localAssociationId: p.localAssociationId,
    organizationId,
    regionId: p.regionId,
    name: p.name,
  });
}

export async function recordMentorStatus(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"identity.peer_mentor.status_changed">>,
) {
  // A mentor's status and eligibility are the person's, in every organization: the platform's.
  const rollup = createBufdirRollupRepository(tx, scopes.platform());
  await rollup.saveMentorStatus({
    userId: event.payload.userId,
    status: event.payload.to,
    changedAt: new Date(event.occurredAt),
  });
  await rollup.mentorChanged(event.payload.userId);
}

export async function recordCertification(tx: Tx, event: EventEnvelope<PayloadOf<"engagement.certification.issued">>) {
  const p = event.payload;
  // The mentor's eligibility reads every certification they hold: the platform's.
  const rollup = createBufdirRollupRepository(tx, scopes.platform());
  await rollup.saveCertification({
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
  await rollup.mentorChanged(p.userId);
}

/** Names for exports (issue 21 item 2): the organization, its regions, people. */
export async function recordOrganization(tx: Tx, event: EventEnvelope<PayloadOf<"organization.organization.created">>) {
  const p = event.payload;
  await createNameRepository(tx, scopes.organization(p.organizationId)).saveOrganization({
    organizationId: p.organizationId,
    name: p.name,
    shortName: p.shortName,
  });
}

export async function recordRegion(tx: Tx, event: EventEnvelope<PayloadOf<"organization.region.created">>) {
  const organizationId = organizationOf(event);
  await createNameRepository(tx, scopes.organization(organizationId)).saveRegion({
    regionId: event.payload.regionId,
    organizationId,
    name: event.payload.name,
  });
}

/** A person's name from the compacted profiles topic; a null profile (erased) removes it (issue 24). */
export async function recordPerson(tx: Tx, event: EventEnvelope<PayloadOf<"identity.profile.changed">>) {
  const { userId, profile } = event.payload;
  // A person's name is kept once for every organization: the platform's.
  const names = createNameRepository(tx, scopes.platform());
  await (profile ? names.savePerson({ userId, displayName: profile.displayName }) : names.forgetPerson(userId));
}

/**
 * bufdir_thresholds (they apply to activities registered after them) and terminology (the organization's
 * words in exports); the newest settings version wins for each.
 */
export async function recordSettings(tx: Tx, event: EventEnvelope<PayloadOf<"organization.settings.changed">>) {
  const p = event.payload;
  if (p.section === "terminology") {
    await createNameRepository(tx, scopes.organization(p.organizationId)).saveTerminology({
      organizationId: p.organizationId,
      settingsVersion: p.version,
      labels: p.values.labels,
    });
    return;
  }
  if (p.section !== "bufdir_thresholds") return;
  await createBufdirRollupRepository(tx, scopes.organization(p.organizationId)).saveThresholds({
    organizationId: p.organizationId,
    settingsVersion: p.version,
    groupMinParticipants: p.values.groupMinParticipants,
    groupMinMinutes: p.values.groupMinMinutes,
    courseMinMinutesPerDay: p.values.courseMinMinutesPerDay,
  });
}
