/** The shape of a subject access export (issue 24 item 3): one part per subgraph, assembled by organization into a bundle. */

export const EXPORT_SUBGRAPHS = ["identity", "organization", "activity", "finance", "engagement", "reporting"] as const;
export type ExportSubgraph = (typeof EXPORT_SUBGRAPHS)[number];

/** Whose data: a contact (activity's person supported) or a user; exactly one is set. */
export interface ExportSubject {
  contactId: string | null;
  userId: string | null;
}

/** A value in an exported record: JSON only (dates as ISO strings). */
export type ExportValue = string | number | boolean | null | ExportValue[] | { [key: string]: ExportValue };
export type ExportRecord = Record<string, ExportValue>;

/**
 * One subgraph's part: its categories (a category key such as `activities`, `notes`, `sessions`, each a list of
 * records). Every category the subgraph exports is present, empty when the person has nothing there, so a reader
 * can tell "nothing held" from "not asked". Records carry names of things next to their ids (a course's title, an
 * activity type's name), decrypted sensitive values in clear, and never another person's sensitive data.
 */
export interface ExportPart {
  subgraph: ExportSubgraph;
  /** Human-readable names of what ids point to (users, local associations, ...), for the readable PDF. */
  labels?: Record<string, string>;
  categories: Record<string, ExportRecord[]>;
}

/** The machine-readable bundle: every part, as each subgraph wrote it. */
export interface ExportBundle {
  format: "meander.subject-access-export.v1";
  requestId: string;
  organizationId: string;
  subject: ExportSubject;
  generatedAt: string;
  parts: Record<ExportSubgraph, ExportPart>;
}

/** Every personal-data category an export must hold (issue 24 item 3), and the subgraph whose part holds it. */
export const REQUIRED_CATEGORIES: Record<string, ExportSubgraph> = {
  activities: "activity",
  notes: "activity",
  caregivers: "activity",
  assignments: "activity",
  assignmentStatusLog: "activity",
  documents: "activity",
  receipts: "finance",
  expenses: "finance",
  payouts: "finance",
  certifications: "engagement",
  enrollments: "engagement",
  notifications: "engagement",
  sessions: "identity",
  devices: "identity",
  referralEvents: "engagement",
  auditEntries: "reporting",
};

/** A date or timestamp as JSON. */
export function iso(value: Date | string | null | undefined): string | null {
  if (value == null) return null;
  return value instanceof Date ? value.toISOString() : value;
}

/** A row from the database as an export record: dates to ISO strings, bigints to numbers, buffers left out. */
export function toRecord(row: Record<string, unknown>, omit: readonly string[] = []): ExportRecord {
  const out: ExportRecord = {};
  for (const [key, value] of Object.entries(row)) {
    if (omit.includes(key)) continue;
    out[key] = toValue(value);
  }
  return out;
}

function toValue(value: unknown): ExportValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Uint8Array) return null;
  if (Array.isArray(value)) return value.map(toValue);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toValue(v)]));
  return String(value);
}
