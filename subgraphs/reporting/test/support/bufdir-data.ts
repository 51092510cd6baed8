/** A generated year of activity for the Bufdir tests: deterministic, varied across types, statuses, regions and days. */
import { randomUUID } from "node:crypto";
import { makeEvent } from "@meander/testing";
import type { EventEnvelope } from "@meander/events";

export interface OrgSetup {
  organizationId: string;
  regions: string[];
  localAssociations: { id: string; regionId: string | null; name: string }[];
  mentors: string[];
}

export function orgSetup(laCount: number, mentorCount: number): OrgSetup {
  const regions = [randomUUID(), randomUUID()];
  return {
    organizationId: randomUUID(),
    regions,
    localAssociations: Array.from({ length: laCount }, (_, i) => ({
      id: randomUUID(),
      regionId: regions[i % regions.length]!,
      name: `Lokallag ${i + 1}`,
    })),
    mentors: Array.from({ length: mentorCount }, () => randomUUID()),
  };
}

export function laCreated(org: OrgSetup) {
  return org.localAssociations.map((la) =>
    makeEvent(
      "organization.local_association.created",
      { localAssociationId: la.id, regionId: la.regionId, name: la.name },
      { organizationId: org.organizationId, aggregateId: la.id },
    ),
  );
}

/** Region names with Norwegian letters (the exports must keep them). */
export const regionName = (org: OrgSetup, regionId: string) =>
  ["Region Øst", "Region Sør-Vest"][org.regions.indexOf(regionId)] ?? "Region";
export const mentorName = (org: OrgSetup, userId: string) => `Likeperson Ærlig ${org.mentors.indexOf(userId) + 1}`;

/** What organization and identity publish about names: the organization, its regions, the mentors. */
export function namesCreated(org: OrgSetup, name: string) {
  return [
    makeEvent(
      "organization.organization.created",
      { organizationId: org.organizationId, name, shortName: name.split(" ")[0]! },
      { organizationId: org.organizationId, aggregateId: org.organizationId },
    ),
    ...org.regions.map((regionId) =>
      makeEvent(
        "organization.region.created",
        { regionId, name: regionName(org, regionId) },
        { organizationId: org.organizationId, aggregateId: regionId },
      ),
    ),
    ...org.mentors.map((userId) =>
      makeEvent(
        "identity.profile.changed",
        { userId, profile: { email: `${userId}@example.no`, displayName: mentorName(org, userId) } },
        { aggregateId: userId },
      ),
    ),
  ];
}

export interface ActivitySpec {
  userId: string;
  localAssociationId: string | null;
  activityType: string;
  activityDate: string;
  durationMinutes: number;
  status?: string;
  participantCount?: number;
  country?: string;
  /** activity's own classification (catalog: bufdirCountable, bufdirReason). */
  bufdirCountable?: boolean;
  bufdirReason?: string;
}

export function registeredEvent(
  organizationId: string,
  spec: ActivitySpec,
  activityId: string = randomUUID(),
): EventEnvelope<any> {
  const base = makeEvent(
    "activity.activity.registered",
    {
      activityId,
      userId: spec.userId,
      localAssociationId: spec.localAssociationId,
      activityType: spec.activityType,
      activityDate: spec.activityDate,
      durationMinutes: spec.durationMinutes,
      status: spec.status ?? "pending_review",
    },
    { organizationId, aggregateId: activityId, actorId: spec.userId },
  );
  // Optional fields activity may carry (README: participantCount, country).
  const extras = {
    ...(spec.participantCount === undefined ? {} : { participantCount: spec.participantCount }),
    ...(spec.country ? { country: spec.country } : {}),
    ...(spec.bufdirCountable === undefined
      ? {}
      : { bufdirCountable: spec.bufdirCountable, bufdirReason: spec.bufdirReason }),
  };
  return { ...base, payload: { ...base.payload, ...extras } };
}

export const approvedEvent = (organizationId: string, activityId: string) =>
  makeEvent(
    "activity.activity.approved",
    { activityId, approvedBy: randomUUID() },
    { organizationId, aggregateId: activityId },
  );
export const rejectedEvent = (organizationId: string, activityId: string) =>
  makeEvent(
    "activity.activity.rejected",
    { activityId, rejectedBy: randomUUID() },
    { organizationId, aggregateId: activityId },
  );

const TYPES = ["home_visit", "group_meeting", "course_day", "phone_call", "digital_chat"] as const;

/** `n` activities in `year`; about two thirds approved, some rejected, some left pending; some abroad, small groups, short courses, multi-day courses. */
export function generateYear(org: OrgSetup, year: number, n: number): EventEnvelope<any>[] {
  const events: EventEnvelope<any>[] = [];
  for (let i = 0; i < n; i++) {
    const type = TYPES[i % TYPES.length]!;
    const la = i % 11 === 0 ? null : org.localAssociations[(i + Math.floor(i / 5)) % org.localAssociations.length]!;
    const month = (i * 7) % 12;
    const day = 1 + ((i * 13) % 28);
    const hour = i % 3 === 0 ? 23 : 10; // 23:xx UTC is the next Norwegian day
    const date = new Date(Date.UTC(year, month, day, hour, 30)).toISOString();
    const duration =
      type === "course_day"
        ? i % 4 === 0
          ? 60
          : i % 4 === 1
            ? 2 * 24 * 60
            : 120
        : type === "group_meeting"
          ? i % 6 === 0
            ? 30
            : 90
          : 60;
    const spec: ActivitySpec = {
      userId: org.mentors[i % org.mentors.length]!,
      localAssociationId: la?.id ?? null,
      activityType: type,
      activityDate: date,
      durationMinutes: duration,
      ...(type === "group_meeting" ? { participantCount: Math.floor(i / 5) % 4 === 0 ? 2 : 3 + (i % 7) } : {}),
      ...(i % 17 === 0 ? { country: "SE" } : {}),
    };
    const reg = registeredEvent(org.organizationId, spec);
    events.push(reg);
    if (i % 3 !== 2) events.push(approvedEvent(org.organizationId, reg.payload.activityId));
    else if (i % 2 === 0) events.push(rejectedEvent(org.organizationId, reg.payload.activityId));
  }
  return events;
}

export function certificationEvent(
  organizationId: string,
  userId: string,
  opts: {
    basicCourse?: boolean;
    validFrom?: string;
    validUntil?: string | null;
    status?: "active" | "expiring" | "expired" | "revoked";
    certificationId?: string;
    key?: string;
    name?: string;
  } = {},
) {
  const certificationId = opts.certificationId ?? randomUUID();
  const status = opts.status ?? "active";
  const type =
    status === "revoked"
      ? "engagement.certification.revoked"
      : status === "expired"
        ? "engagement.certification.expired"
        : "engagement.certification.issued";
  return makeEvent(
    type,
    {
      certificationId,
      userId,
      organizationId,
      certificationTypeId: randomUUID(),
      certificationTypeKey: opts.key ?? "basic_course",
      ...(opts.name ? { certificationTypeName: opts.name } : {}),
      basicCourse: opts.basicCourse ?? true,
      validFrom: opts.validFrom ?? "2020-01-01",
      validUntil: opts.validUntil === undefined ? null : opts.validUntil,
      status,
    },
    { organizationId, aggregateId: certificationId },
  );
}
