/**
 * Peer mentor profile rules (seed 001 "peer_mentor": the mentoring-specific
 * part of a user). Certifications belong to another subgraph. Plain functions, no I/O.
 */
import type { RuleViolation } from "./user.js";

export const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface AvailabilitySlot {
  day: Weekday;
  /** "HH:MM", 24-hour, local time of the association. */
  start: string;
  end: string;
}

export interface ProfileInput {
  bio?: string | null;
  languages?: readonly string[] | null;
  experienceAreas?: readonly string[] | null;
  mentoringSince?: string | null;
  maxActiveContacts?: number | null;
  available?: boolean | null;
  availabilityNote?: string | null;
  availabilitySlots?: readonly AvailabilitySlot[] | null;
}

export const LIMITS = {
  bio: 2000,
  languages: 10,
  areas: 20,
  area: 80,
  note: 500,
  slots: 28,
  maxContactsMin: 0,
  maxContactsMax: 50,
} as const;
const LANGUAGE = /^[a-z]{2,3}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateProfile(input: ProfileInput, today: Date = new Date()): RuleViolation[] {
  const v: RuleViolation[] = [];
  const add = (rule: string, field: string, message: string) => v.push({ rule, field, message });
  if (input.bio != null && input.bio.trim().length > LIMITS.bio)
    add("bio_length", "bio", `The bio must be at most ${LIMITS.bio} characters`);
  if (input.languages != null) {
    if (input.languages.length > LIMITS.languages || input.languages.some((l) => !LANGUAGE.test(l))) {
      add("languages_format", "languages", `At most ${LIMITS.languages} ISO 639 language codes (e.g. nb, en, se)`);
    }
  }
  if (input.experienceAreas != null) {
    const bad = input.experienceAreas.some((a) => a.trim().length === 0 || a.trim().length > LIMITS.area);
    if (input.experienceAreas.length > LIMITS.areas || bad)
      add("experience_areas", "experienceAreas", `At most ${LIMITS.areas} areas of 1 to ${LIMITS.area} characters`);
  }
  if (input.mentoringSince != null) {
    const d = DATE.test(input.mentoringSince) ? new Date(`${input.mentoringSince}T00:00:00Z`) : null;
    if (
      !d ||
      Number.isNaN(d.getTime()) ||
      d.toISOString().slice(0, 10) !== input.mentoringSince ||
      d > today ||
      d.getUTCFullYear() < 1950
    ) {
      add(
        "mentoring_since_range",
        "mentoringSince",
        "Mentoring since must be a date (YYYY-MM-DD) between 1950 and today",
      );
    }
  }
  if (input.maxActiveContacts != null) {
    const n = input.maxActiveContacts;
    if (!Number.isInteger(n) || n < LIMITS.maxContactsMin || n > LIMITS.maxContactsMax) {
      add(
        "max_active_contacts_range",
        "maxActiveContacts",
        `Max active contacts must be a whole number from ${LIMITS.maxContactsMin} to ${LIMITS.maxContactsMax}`,
      );
    }
  }
  if (input.availabilityNote != null && input.availabilityNote.trim().length > LIMITS.note) {
    add(
      "availability_note_length",
      "availabilityNote",
      `The availability note must be at most ${LIMITS.note} characters`,
    );
  }
  if (input.availabilitySlots != null) {
    const bad = input.availabilitySlots.some(
      (s) => !WEEKDAYS.includes(s.day) || !TIME.test(s.start) || !TIME.test(s.end) || s.start >= s.end,
    );
    if (bad || input.availabilitySlots.length > LIMITS.slots) {
      add(
        "availability_slot",
        "availabilitySlots",
        `At most ${LIMITS.slots} weekly slots, each a weekday with start before end (HH:MM)`,
      );
    }
  }
  return v;
}

/** Trims text and de-duplicates lists; leaves absent fields absent (a partial update). */
export function normalizeProfile(input: ProfileInput): ProfileInput {
  const out: ProfileInput = { ...input };
  if (input.bio != null) out.bio = input.bio.trim();
  if (input.availabilityNote != null) out.availabilityNote = input.availabilityNote.trim();
  if (input.languages != null) out.languages = [...new Set(input.languages)];
  if (input.experienceAreas != null) out.experienceAreas = [...new Set(input.experienceAreas.map((a) => a.trim()))];
  return out;
}
