/**
 * Report definitions (issue 9 item 5): the allow-list of dimensions and
 * metrics, the validation rules of a definition, period resolution and the
 * schedule arithmetic. Pure: the SQL for each allowed name lives in the
 * repository (db/repositories/report-definitions.ts), keyed by these names.
 */
import type { RuleViolation } from "@meander/validation";

export const DIMENSIONS = [
  "ACTIVITY_TYPE",
  "LOCAL_ASSOCIATION",
  "REGION",
  "MENTOR",
  "STATUS",
  "MONTH",
  "DAY",
  "COUNTABLE",
] as const;
export const METRICS = ["ACTIVITIES", "HOURS", "ACTIVITY_DAYS", "PARTICIPANTS", "MENTORS"] as const;
export const PERIOD_KINDS = [
  "FIXED",
  "PREVIOUS_MONTH",
  "PREVIOUS_YEAR",
  "MONTH_TO_DATE",
  "YEAR_TO_DATE",
  "LAST_30_DAYS",
] as const;
export const FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY"] as const;
export const ACTIVITY_STATUSES = ["draft", "pending_review", "approved", "rejected", "flagged"] as const;

export type Dimension = (typeof DIMENSIONS)[number];
export type Metric = (typeof METRICS)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Frequency = (typeof FREQUENCIES)[number];

export const MAX_DIMENSIONS = 3;
export const MAX_FILTER_VALUES = 100;
export const MAX_PERIOD_DAYS = 3 * 366;
export const MAX_NAME = 120;
export const MAX_DESCRIPTION = 1000;

export interface ReportFilters {
  activityTypes: string[];
  localAssociationIds: string[];
  regionIds: string[];
  mentorIds: string[];
  statuses: string[];
  countable: boolean | null;
}

export interface ReportPeriod {
  kind: PeriodKind;
  from: string | null;
  to: string | null;
}

/** A definition as stored (jsonb) and run. */
export interface ReportSpec {
  dimensions: Dimension[];
  metrics: Metric[];
  filters: ReportFilters;
  period: ReportPeriod;
}

export interface DefinitionInput {
  name: string;
  description?: string | null;
  dimensions: readonly string[];
  metrics: readonly string[];
  filters?: Partial<Record<keyof ReportFilters, unknown>> | null;
  period: { kind: string; from?: string | null; to?: string | null };
}

/** The shared rule violation (@meander/validation), under this module's old name. */
export type Violation = RuleViolation;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD. */
export function validDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const fromDate = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => fromDate(new Date(toDate(day).getTime() + n * 86_400_000));
const daysBetween = (a: string, b: string) => Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function duplicates<T>(xs: readonly T[]): boolean {
  return new Set(xs).size !== xs.length;
}

/**
 * Checks a definition against the allow-list and the rules; returns the
 * normalized spec or every violation (all reported to the caller at once).
 */
export function validateDefinition(
  input: DefinitionInput,
): { ok: true; name: string; description: string | null; spec: ReportSpec } | { ok: false; violations: Violation[] } {
  const v: Violation[] = [];
  const name = input.name.trim();
  if (name.length < 1 || name.length > MAX_NAME)
    v.push({ rule: "name_length", field: "name", message: `The name must be 1 to ${MAX_NAME} characters` });
  const description = input.description?.trim() || null;
  if (description && description.length > MAX_DESCRIPTION) {
    v.push({
      rule: "description_length",
      field: "description",
      message: `The description must be at most ${MAX_DESCRIPTION} characters`,
      params: { max: MAX_DESCRIPTION },
    });
  }
  for (const d of input.dimensions) {
    if (!(DIMENSIONS as readonly string[]).includes(d))
      v.push({ rule: "dimension_allowed", field: "dimensions", message: `Unknown dimension ${d}` });
  }
  if (input.dimensions.length > MAX_DIMENSIONS)
    v.push({ rule: "dimensions_max", field: "dimensions", message: `At most ${MAX_DIMENSIONS} dimensions` });
  if (duplicates(input.dimensions))
    v.push({ rule: "dimension_unique", field: "dimensions", message: "A dimension is given twice" });
  if (input.metrics.length === 0)
    v.push({ rule: "metrics_required", field: "metrics", message: "At least one metric" });
  for (const m of input.metrics) {
    if (!(METRICS as readonly string[]).includes(m))
      v.push({ rule: "metric_allowed", field: "metrics", message: `Unknown metric ${m}` });
  }
  if (duplicates(input.metrics))
    v.push({ rule: "metric_unique", field: "metrics", message: "A metric is given twice" });

  const f = input.filters ?? {};
  const filters: ReportFilters = {
    activityTypes: list(f.activityTypes),
    localAssociationIds: list(f.localAssociationIds),
    regionIds: list(f.regionIds),
    mentorIds: list(f.mentorIds),
    statuses: list(f.statuses),
    countable: typeof f.countable === "boolean" ? f.countable : null,
  };
  for (const key of ["activityTypes", "localAssociationIds", "regionIds", "mentorIds", "statuses"] as const) {
    if (filters[key].length > MAX_FILTER_VALUES)
      v.push({
        rule: "filter_values_max",
        field: `filters.${key}`,
        message: `At most ${MAX_FILTER_VALUES} values per filter`,
      });
  }
  for (const key of ["localAssociationIds", "regionIds", "mentorIds"] as const) {
    if (filters[key].some((id) => !UUID.test(id)))
      v.push({ rule: "id_format", field: `filters.${key}`, message: "Ids are UUIDs" });
  }
  if (filters.statuses.some((s) => !(ACTIVITY_STATUSES as readonly string[]).includes(s))) {
    v.push({
      rule: "status_allowed",
      field: "filters.statuses",
      message: `Statuses are ${ACTIVITY_STATUSES.join(", ")}`,
    });
  }

  const kind = input.period.kind as PeriodKind;
  const from = input.period.from ?? null;
  const to = input.period.to ?? null;
  if (!(PERIOD_KINDS as readonly string[]).includes(kind))
    v.push({ rule: "period_kind_allowed", field: "period.kind", message: `Unknown period ${kind}` });
  if (kind === "FIXED") {
    if (!from || !to)
      v.push({
        rule: "required_fields",
        field: from ? "period.to" : "period.from",
        message: "A fixed period needs from and to",
      });
    else if (!validDay(from)) v.push({ rule: "date_format", field: "period.from", message: "Days are YYYY-MM-DD" });
    else if (!validDay(to)) v.push({ rule: "date_format", field: "period.to", message: "Days are YYYY-MM-DD" });
    else if (from > to)
      v.push({ rule: "period_range", field: "period.to", message: "The period ends before it starts" });
    else if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS)
      v.push({ rule: "period_range", field: "period.to", message: `A period is at most ${MAX_PERIOD_DAYS} days` });
  } else if (from !== null || to !== null) {
    v.push({
      rule: "period_dates",
      field: from !== null ? "period.from" : "period.to",
      message: "Only a FIXED period takes from and to",
    });
  }
  if (v.length) return { ok: false, violations: v };
  return {
    ok: true,
    name,
    description,
    spec: {
      dimensions: input.dimensions as Dimension[],
      metrics: input.metrics as Metric[],
      filters,
      period: { kind, from, to },
    },
  };
}

/** The days (both included) a period covers when run on `asOf` (a Norwegian day). */
export function resolvePeriod(period: ReportPeriod, asOf: string): { from: string; to: string } {
  const [y, m] = asOf.split("-").map(Number) as [number, number];
  const monthStart = (yy: number, mm: number) => fromDate(new Date(Date.UTC(yy, mm - 1, 1)));
  switch (period.kind) {
    case "FIXED":
      return { from: period.from!, to: period.to! };
    case "PREVIOUS_MONTH":
      return { from: monthStart(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1), to: addDays(monthStart(y, m), -1) };
    case "PREVIOUS_YEAR":
      return { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` };
    case "MONTH_TO_DATE":
      return { from: monthStart(y, m), to: asOf };
    case "YEAR_TO_DATE":
      return { from: `${y}-01-01`, to: asOf };
    case "LAST_30_DAYS":
      return { from: addDays(asOf, -29), to: asOf };
  }
}

/** The Europe/Oslo calendar day of an instant. */
export function osloDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Oslo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/** The slot after `slot`. Monthly keeps the day of month where it exists (31 Jan → 28/29 Feb → 31 Mar is not promised: it follows the clipped day). */
export function nextSlot(slot: Date, frequency: Frequency): Date {
  const d = new Date(slot);
  if (frequency === "DAILY") d.setUTCDate(d.getUTCDate() + 1);
  else if (frequency === "WEEKLY") d.setUTCDate(d.getUTCDate() + 7);
  else {
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + 1);
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
  }
  return d;
}

/** The first slot after `now` following `slot` (missed slots are skipped: one run per worker pass). */
export function nextSlotAfter(slot: Date, frequency: Frequency, now: Date): Date {
  let next = nextSlot(slot, frequency);
  while (next.getTime() <= now.getTime()) next = nextSlot(next, frequency);
  return next;
}
