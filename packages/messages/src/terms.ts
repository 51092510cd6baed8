/**
 * The platform's words an organization may rename in its terminology settings (same keys as
 * `OrganizationSettings.terminology`): what a text writes as `[[local_association]]`. Activity types are
 * terms too (`activity_type.<key>`): the default catalog's names, which an organization's label overrides.
 */
import type { MessageTable } from "./types.js";

export const terms = {
  organization: { nb: "organisasjon", nn: "organisasjon", en: "organization" },
  region: { nb: "region", nn: "region", en: "region" },
  local_association: { nb: "lokallag", nn: "lokallag", en: "local association" },
  peer_mentor: { nb: "likeperson", nn: "likeperson", en: "peer mentor" },
  peer_mentors: { nb: "likepersoner", nn: "likepersonar", en: "peer mentors" },
  activity_type: { nb: "aktivitetstype", nn: "aktivitetstype", en: "activity type" },
  activity_day: { nb: "aktivitetsdag", nn: "aktivitetsdag", en: "activity day" },
  activity_days: { nb: "aktivitetsdager", nn: "aktivitetsdagar", en: "activity days" },
  participants: { nb: "deltakere", nn: "deltakarar", en: "participants" },
  // The default activity type catalog (activity's DEFAULT_ACTIVITY_TYPES).
  "activity_type.home_visit": { nb: "Hjemmebesøk", nn: "Heimebesøk", en: "Home visit" },
  "activity_type.phone_call": { nb: "Telefonsamtale", nn: "Telefonsamtale", en: "Phone call" },
  "activity_type.group_meeting": { nb: "Samtalegruppe", nn: "Samtalegruppe", en: "Discussion group" },
  "activity_type.course_day": { nb: "Likepersonskurs", nn: "Likepersonskurs", en: "Peer mentor course" },
  "activity_type.digital_chat": { nb: "Chat og e-post", nn: "Chat og e-post", en: "Chat and e-mail" },
  // Badges of the default catalog (engagement's triggers and the demo's keys): names where an organization's own
  // name is not known or another language is read (badgeName).
  "badge.first_activity": { nb: "Første aktivitet", nn: "Første aktivitet", en: "First activity" },
  "badge.ten_activities": { nb: "Ti aktiviteter", nn: "Ti aktivitetar", en: "Ten activities" },
  "badge.approved_activities_10": { nb: "Ti aktiviteter", nn: "Ti aktivitetar", en: "Ten activities" },
  "badge.fifty_activities": { nb: "Femti aktiviteter", nn: "Femti aktivitetar", en: "Fifty activities" },
  "badge.approved_activities_50": { nb: "Femti aktiviteter", nn: "Femti aktivitetar", en: "Fifty activities" },
  "badge.hundred_activities": { nb: "Hundre aktiviteter", nn: "Hundre aktivitetar", en: "A hundred activities" },
  "badge.approved_activities_100": { nb: "Hundre aktiviteter", nn: "Hundre aktivitetar", en: "A hundred activities" },
  "badge.one_year": { nb: "Ett år som likeperson", nn: "Eitt år som likeperson", en: "One year as a peer mentor" },
  "badge.course_completed": { nb: "Fullført kurs", nn: "Fullført kurs", en: "Course completed" },
} as const satisfies MessageTable;
