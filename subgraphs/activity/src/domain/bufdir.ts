/**
 * Bufdir countability (DESIGN.md section 9), decided when an activity is
 * registered so the mentor learns at once when it will not count. Counting
 * itself needs approval too (bufdir_reporting_inclusion): `countable` means
 * "counts once approved".
 */
import type { BufdirCategory } from "./activity-type.js";
import type { ActivitySettings } from "./settings.js";

export type BufdirReason =
  "counts" | "type_not_counted" | "outside_norway" | "group_too_small" | "group_too_short" | "course_day_too_short";

export interface Countability {
  countable: boolean;
  reason: BufdirReason;
}

export interface Classifiable {
  category: BufdirCategory;
  durationMinutes: number;
  participantCount: number;
  /** ISO 3166-1 alpha-2; Norway ("NO") when the location names no country. */
  country: string;
}

export function classify(a: Classifiable, s: ActivitySettings): Countability {
  const no = (reason: BufdirReason): Countability => ({ countable: false, reason });
  if (a.category === "not_counted") return no("type_not_counted");
  if (a.country.toUpperCase() !== "NO") return no("outside_norway");
  if (a.category === "group") {
    if (a.participantCount < s.groupMinParticipants) return no("group_too_small");
    if (a.durationMinutes < s.groupMinMinutes) return no("group_too_short");
  }
  if (a.category === "course" && a.durationMinutes < s.courseMinMinutesPerDay) return no("course_day_too_short");
  return { countable: true, reason: "counts" };
}

/** What the mentor is told, in the app's language (Norwegian). */
export function explain(c: Countability, s: ActivitySettings): string {
  switch (c.reason) {
    case "counts":
      return "Aktiviteten teller i Bufdir-rapporten når den er godkjent.";
    case "type_not_counted":
      return "Telefon-, chat- og e-postkontakt registreres, men teller ikke i Bufdir-rapporten.";
    case "outside_norway":
      return "Aktiviteter utenfor Norge teller ikke i Bufdir-rapporten.";
    case "group_too_small":
      return `Grupper teller med minst ${s.groupMinParticipants} deltakere.`;
    case "group_too_short":
      return `Grupper teller når de varer minst ${s.groupMinMinutes} minutter.`;
    case "course_day_too_short":
      return `En kursdag teller med minst ${s.courseMinMinutesPerDay} minutter.`;
  }
}

/** What the API answers: the decision and the mentor's explanation. */
export interface CountabilityView extends Countability {
  message: string;
}

/** What an activity row keeps of its countability (`bufdir_countable`, `bufdir_reason`) and what classify reads. */
export interface StoredCountability {
  bufdirCountable: boolean;
  /** A BufdirReason, or "unclassified": registered before classification existed. */
  bufdirReason: string;
  durationMinutes: number;
  participantCount: number | null;
  country: string;
}

/** Whether the row was registered before classification existed: it is classified when read, from its type's category. */
export const classifiedOnRead = (a: Pick<StoredCountability, "bufdirReason">): boolean =>
  a.bufdirReason === "unclassified";

/**
 * An activity's countability as read: the decision stored at registration, or, for a row registered before
 * classification existed, the one `classify` makes now from its type's category (a type not found counts as
 * `not_counted`) and the organization's settings; with the mentor's explanation.
 */
export function countabilityOnRead(
  a: StoredCountability,
  s: ActivitySettings,
  category: BufdirCategory | null | undefined,
): CountabilityView {
  const decision: Countability = classifiedOnRead(a)
    ? classify(
        {
          category: category ?? "not_counted",
          durationMinutes: a.durationMinutes,
          participantCount: a.participantCount ?? 1,
          country: a.country,
        },
        s,
      )
    : { countable: a.bufdirCountable, reason: a.bufdirReason as BufdirReason };
  return { ...decision, message: explain(decision, s) };
}

/** bufdir_reporting_inclusion: an activity counts in the Bufdir report once it is approved and countable. */
export const countsInBufdir = (a: { status: string; bufdirCountable: boolean }): boolean =>
  a.status === "approved" && a.bufdirCountable;
