/** Organization structure and names (organization, regions, people, terminology), mentor statuses and certifications for the Bufdir report (idempotent through the consumer). */
import { scopes } from "@meander/db";
import { erasureHandlers, type ConsumerHandlers } from "@meander/events";
import { createNameRepository } from "../db/repositories/names.js";
import {
  recordCertification,
  recordLocalAssociation,
  recordMentorStatus,
  recordOrganization,
  recordPerson,
  recordRegion,
  recordSettings,
} from "../application/directory.js";

export const directoryHandlers: ConsumerHandlers = {
  "organization.organization.created": (event, tx) => recordOrganization(tx, event),
  "organization.region.created": (event, tx) => recordRegion(tx, event),
  "organization.local_association.created": (event, tx) => recordLocalAssociation(tx, event),
  "identity.profile.changed": (event, tx) => recordPerson(tx, event),
  "organization.settings.changed": (event, tx) => recordSettings(tx, event),
  "identity.peer_mentor.status_changed": (event, tx) => recordMentorStatus(tx, event),
  "engagement.certification.issued": (event, tx) => recordCertification(tx, event),
  "engagement.certification.expiring": (event, tx) => recordCertification(tx, event),
  "engagement.certification.expired": (event, tx) => recordCertification(tx, event),
  "engagement.certification.revoked": (event, tx) => recordCertification(tx, event),
};

/** reporting's part of an erasure: a user's copied name goes; frozen Bufdir reports and aggregates (ids, counts) stay. */
export const privacyHandlers: ConsumerHandlers = erasureHandlers("reporting", async (subject, tx) => {
  if (subject.type === "user") await createNameRepository(tx, scopes.platform()).forgetPerson(subject.id);
});
