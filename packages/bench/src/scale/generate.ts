/**
 * The data set at scale, drawn from a seeded PRNG (same seed and year, same rows).
 * Plain rows per table, no database: the loader writes them. The organizations,
 * their activity and expense types, an administrator and a coordinator come from
 * the platform's own seed (`Base`); this adds regions up to nine per organization,
 * local associations, mentors with their memberships, contacts, a year of
 * activities and the expenses of the reimbursed ones, streamed mentor by mentor.
 */
import { REGIONS } from "@meander/fixtures";
import { createRng } from "./prng.js";

export interface ScaleSpec {
  seed: number;
  year: number;
  localAssociations: number;
  mentors: number;
  contacts: number;
  activities: number;
}

export interface Base {
  organizations: Array<{
    id: string;
    shortName: string;
    adminId: string;
    regions: Array<{ id: string; name: string }>;
  }>;
}

export type Row = Record<string, unknown>;
export type Emit = (table: string, row: Row) => Promise<void> | void;

/** The activity types of the fixtures and their Bufdir category, weights as in the demo data. */
const TYPES: ReadonlyArray<readonly [number, { key: string; category: string }]> = [
  [5, { key: "home_visit", category: "outreach_in_person" }],
  [3, { key: "phone_call", category: "not_counted" }],
  [2, { key: "group_meeting", category: "group" }],
  [1, { key: "course_day", category: "course" }],
  [1, { key: "digital_chat", category: "not_counted" }],
];

/** Bufdir countability with the default thresholds (activity's domain/bufdir.ts: groups 3 people and 45 minutes, courses 90 minutes). */
export function classify(category: string, participants: number, minutes: number, country: string): string {
  if (category === "not_counted") return "type_not_counted";
  if (country !== "NO") return "outside_norway";
  if (category === "group" && participants < 3) return "group_too_small";
  if (category === "group" && minutes < 45) return "group_too_short";
  if (category === "course" && minutes < 90) return "course_day_too_short";
  return "counts";
}

/** Reimbursed share of home visits and group meetings, chosen so that 60-70 % of all activities have none (HLF, seed 002). */
const REIMBURSED = 0.55;

export async function generate(spec: ScaleSpec, base: Base, emit: Emit): Promise<void> {
  const rng = createRng(spec.seed);
  const orgs = base.organizations;
  const yearStart = Date.UTC(spec.year, 0, 1);
  const yearDays = (Date.UTC(spec.year + 1, 0, 1) - yearStart) / 86_400_000;
  const now = new Date(Date.UTC(spec.year + 1, 0, 15));

  // Regions: nine per organization (the ones the seed made are kept).
  const regions = new Map<string, Array<{ id: string; name: string }>>();
  for (const org of orgs) {
    const list = [...org.regions];
    for (const r of REGIONS) {
      const name = `${org.shortName} ${r.name}`;
      if (list.some((x) => x.name === name)) continue;
      const row = { id: rng.uuid(), organization_id: org.id, name };
      await emit("organization.regions", row);
      list.push({ id: row.id, name });
    }
    regions.set(org.id, list);
  }

  // Local associations, spread over organizations and regions.
  const units: Array<{ id: string; orgId: string; municipality: string }> = [];
  for (let i = 0; i < spec.localAssociations; i++) {
    const org = orgs[i % orgs.length]!;
    const regionIndex = Math.floor(i / orgs.length) % REGIONS.length;
    const region = regions.get(org.id)!.find((r) => r.name === `${org.shortName} ${REGIONS[regionIndex]!.name}`)!;
    const municipality = rng.pick(REGIONS[regionIndex]!.municipalities);
    const id = rng.uuid();
    const name = `${org.shortName} ${municipality} lokallag ${i + 1}`;
    await emit("organization.local_associations", {
      id,
      organization_id: org.id,
      region_id: region.id,
      name,
      municipality,
    });
    await emit("finance.local_associations", { id, organization_id: org.id, name });
    await emit("reporting.local_associations", {
      local_association_id: id,
      organization_id: org.id,
      region_id: region.id,
      name,
    });
    units.push({ id, orgId: org.id, municipality });
  }

  // Mentors with their contacts and activities, one mentor at a time (memory stays flat at any scale).
  let contactsLeft = spec.contacts;
  let activitiesLeft = spec.activities;
  for (let m = 0; m < spec.mentors; m++) {
    const la = units[m % units.length]!;
    const userId = rng.uuid();
    const membershipId = rng.uuid();
    await emit("identity.users", {
      id: userId,
      email: `likeperson${m + 1}@bench.example.no`,
      first_name: `Likeperson${m + 1}`,
      last_name: la.municipality,
      phone: `+47 9${String(m).padStart(7, "0")}`,
    });
    const membership = {
      id: membershipId,
      user_id: userId,
      organization_id: la.orgId,
      local_association_id: la.id,
      role: "peer_mentor",
      is_primary: true,
    };
    await emit("organization.organization_memberships", membership);
    await emit("identity.membership_projection", {
      membership_id: membershipId,
      user_id: userId,
      organization_id: la.orgId,
      local_association_id: la.id,
      role: "peer_mentor",
      is_primary: true,
    });
    await emit("activity.membership_projection", {
      membership_id: membershipId,
      user_id: userId,
      organization_id: la.orgId,
      local_association_id: la.id,
      role: "peer_mentor",
    });
    await emit("reporting.mentor_statuses", {
      user_id: userId,
      status: rng.next() < 0.95 ? "active" : "paused",
      changed_at: new Date(yearStart),
    });
    if (rng.next() < 0.9) {
      await emit("reporting.mentor_certifications", {
        certification_id: rng.uuid(),
        user_id: userId,
        organization_id: la.orgId,
        certification_type_key: "basic_course",
        basic_course: true,
        valid_from: `${spec.year - 1}-01-01`,
        valid_until: `${spec.year + 2}-12-31`,
        status: "active",
        changed_at: new Date(yearStart),
      });
    }

    const contactCount = Math.max(1, Math.round(contactsLeft / (spec.mentors - m)));
    contactsLeft -= contactCount;
    const contacts: string[] = [];
    for (let c = 0; c < contactCount; c++) {
      const id = rng.uuid();
      contacts.push(id);
      await emit("activity.contacts", {
        id,
        organization_id: la.orgId,
        local_association_id: la.id,
        first_name: `Kontakt${c + 1}`,
        last_name: `L${m + 1}`,
        municipality: la.municipality,
      });
    }

    const activityCount = Math.round(activitiesLeft / (spec.mentors - m));
    activitiesLeft -= activityCount;
    for (let a = 0; a < activityCount; a++) {
      const type = rng.weighted(TYPES);
      const group = type.category === "group" || type.category === "course";
      const date = new Date(yearStart + rng.int(0, yearDays - 1) * 86_400_000 + rng.int(7 * 60, 18 * 60) * 60_000);
      const minutes = type.key === "course_day" ? rng.pick([60, 180, 360]) : rng.pick([20, 30, 45, 60, 90, 120]);
      const participants = group ? rng.int(2, 12) : 1;
      const country = rng.next() < 0.01 ? "SE" : "NO";
      const reason = classify(type.category, participants, minutes, country);
      const status = rng.weighted([
        [80, "approved"],
        [12, "pending_review"],
        [5, "rejected"],
        [3, "draft"],
      ] as const);
      const reimbursed = (type.key === "home_visit" || type.key === "group_meeting") && rng.next() < REIMBURSED;
      const id = rng.uuid();
      await emit("activity.activities", {
        id,
        user_id: userId,
        contact_id: group ? null : rng.pick(contacts),
        organization_id: la.orgId,
        local_association_id: la.id,
        activity_type: type.key,
        activity_date: date,
        duration_minutes: minutes,
        location: type.key === "home_visit" || group ? la.municipality : "Telefon",
        status,
        participant_count: participants,
        has_reimbursement: reimbursed,
        bufdir_countable: reason === "counts",
        bufdir_reason: reason,
        country,
        created_at: date,
        updated_at: date < now ? date : now,
      });
      if (reimbursed) {
        const km = rng.int(3, 60);
        await emit("finance.expenses", {
          id: rng.uuid(),
          organization_id: la.orgId,
          local_association_id: la.id,
          activity_id: id,
          user_id: userId,
          expense_type: "mileage",
          amount_ore: km * 2 * 350,
          distance_meters: km * 2000,
          status: status === "approved" ? "approved" : "submitted",
          submitted_by: userId,
          rate_ore_per_km: 350,
          created_at: date,
        });
      }
    }
  }
}
