/**
 * Rules for statistics and Wrapped, as plain functions (no I/O). Days are
 * Norwegian calendar days (YYYY-MM-DD), as in the activity facts.
 */
import { activityDay } from "./activity-fact.js";

export interface Period {
  from: string;
  to: string;
}

/** The longest period a team statistic may cover (a little over a year: a whole year plus a leap day). */
export const MAX_PERIOD_DAYS = 366;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day in YYYY-MM-DD form. */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Days from `from` to `to`, both included. */
export function periodDays(p: Period): number {
  return Math.round((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Why a period is refused (null: valid): the field and rule named in the GraphQL error. */
export function periodProblem(p: Period): { field: "from" | "to"; rule: string } | null {
  if (!isDay(p.from)) return { field: "from", rule: "date_format" };
  if (!isDay(p.to)) return { field: "to", rule: "date_format" };
  if (p.to < p.from) return { field: "to", rule: "period_order" };
  if (periodDays(p) > MAX_PERIOD_DAYS) return { field: "to", rule: "period_length" };
  return null;
}

/** Today in Norwegian time. */
export function osloToday(now: Date = new Date()): string {
  return activityDay(now.toISOString());
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar month containing `day`. */
export function monthOf(day: string): Period {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return { from: `${day.slice(0, 7)}-01`, to: `${day.slice(0, 7)}-${String(lastDayOfMonth(y, m)).padStart(2, "0")}` };
}

/** The calendar year containing `day`. */
export function yearOf(day: string): Period {
  return { from: `${day.slice(0, 4)}-01-01`, to: `${day.slice(0, 4)}-12-31` };
}

/** Minutes as hours, two decimals. */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** The month (1-12) with the most activities; the earliest wins a tie; null when all are zero. */
export function busiestMonth(byMonth: readonly number[]): number | null {
  let best: number | null = null;
  byMonth.forEach((n, i) => {
    if (n > 0 && (best === null || n > byMonth[best - 1]!)) best = i + 1;
  });
  return best;
}

/** The year Wrapped is computed for by default: the one just ended (in Norwegian time). */
export function yearJustEnded(now: Date = new Date()): number {
  return Number(osloToday(now).slice(0, 4)) - 1;
}

/** A year of the twelve month counts, January first, from sparse (month, count) rows. */
export function monthSeries(rows: readonly { month: number; count: number }[]): number[] {
  const out = Array.from({ length: 12 }, () => 0);
  for (const r of rows) out[r.month - 1] = (out[r.month - 1] ?? 0) + r.count;
  return out;
}
