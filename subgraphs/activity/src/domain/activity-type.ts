/** The activity type catalog: the default entries every new organization starts with (DESIGN.md section 9). */
export type BufdirCategory = "outreach_in_person" | "group" | "course" | "not_counted";

export interface ActivityTypeSpec {
  key: string;
  name: string;
  bufdirCategory: BufdirCategory;
}

export const DEFAULT_ACTIVITY_TYPES: readonly ActivityTypeSpec[] = [
  { key: "home_visit", name: "Hjemmebesøk", bufdirCategory: "outreach_in_person" },
  { key: "phone_call", name: "Telefonsamtale", bufdirCategory: "not_counted" },
  { key: "group_meeting", name: "Samtalegruppe", bufdirCategory: "group" },
  { key: "course_day", name: "Likepersonskurs", bufdirCategory: "course" },
  { key: "digital_chat", name: "Chat og e-post", bufdirCategory: "not_counted" },
];
