/** Adds a year's rollup rows up to a Bufdir report: per local association, region and organization, per activity type; months as given. */

/** One local association's and activity type's totals for the report's year. */
export interface RollupRow {
  localAssociationId: string | null;
  regionId: string | null;
  activityType: string;
  activityDays: number;
  participants: number;
}

export interface MonthTotal {
  /** 1-12 */
  month: number;
  activityDays: number;
}

export interface Totals {
  activityDays: number;
  participants: number;
}

export interface TypeTotals extends Totals {
  activityType: string;
}

export interface LocalAssociationSection extends Totals {
  localAssociationId: string | null;
  name: string | null;
  byActivityType: TypeTotals[];
}

export interface RegionSection extends Totals {
  regionId: string | null;
  /** The region's name when a version was submitted (frozen with it); absent in a draft, named when read. */
  name?: string | null;
  byActivityType: TypeTotals[];
  localAssociations: LocalAssociationSection[];
}

export interface BufdirReportContent extends Totals {
  organizationId: string;
  year: number;
  byActivityType: TypeTotals[];
  byMonth: { month: number; activityDays: number }[];
  regions: RegionSection[];
  activeMentors: number;
  mentorIds: string[];
}

const byKey = (a: string | null, b: string | null) => (a ?? "\uffff").localeCompare(b ?? "\uffff");

function typeTotals(rows: readonly RollupRow[]): TypeTotals[] {
  const m = new Map<string, TypeTotals>();
  for (const r of rows) {
    const t = m.get(r.activityType) ?? { activityType: r.activityType, activityDays: 0, participants: 0 };
    t.activityDays += r.activityDays;
    t.participants += r.participants;
    m.set(r.activityType, t);
  }
  return [...m.values()].sort((a, b) => a.activityType.localeCompare(b.activityType));
}

function sum(rows: readonly { activityDays: number; participants: number }[]): Totals {
  return rows.reduce(
    (t, r) => ({ activityDays: t.activityDays + r.activityDays, participants: t.participants + r.participants }),
    { activityDays: 0, participants: 0 },
  );
}

function groupBy<K>(rows: readonly RollupRow[], key: (r: RollupRow) => K): Map<K, RollupRow[]> {
  const m = new Map<K, RollupRow[]>();
  for (const r of rows) {
    const k = key(r);
    const group = m.get(k);
    if (group) group.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export function buildBufdirReport(input: {
  organizationId: string;
  year: number;
  rows: readonly RollupRow[];
  months: readonly MonthTotal[];
  localAssociationNames: ReadonlyMap<string, string>;
  mentorIds: readonly string[];
}): BufdirReportContent {
  const rows = input.rows;
  const regions: RegionSection[] = [...groupBy(rows, (r) => r.regionId)]
    .map(([regionId, regionRows]) => ({
      regionId,
      ...sum(regionRows),
      byActivityType: typeTotals(regionRows),
      localAssociations: [...groupBy(regionRows, (r) => r.localAssociationId)]
        .map(([localAssociationId, laRows]) => ({
          localAssociationId,
          name: localAssociationId ? (input.localAssociationNames.get(localAssociationId) ?? null) : null,
          ...sum(laRows),
          byActivityType: typeTotals(laRows),
        }))
        .sort((a, b) => byKey(a.localAssociationId, b.localAssociationId)),
    }))
    .sort((a, b) => byKey(a.regionId, b.regionId));
  const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, activityDays: 0 }));
  for (const m of input.months) if (m.month >= 1 && m.month <= 12) byMonth[m.month - 1]!.activityDays += m.activityDays;
  const mentorIds = [...input.mentorIds].sort();
  return {
    organizationId: input.organizationId,
    year: input.year,
    ...sum(rows),
    byActivityType: typeTotals(rows),
    byMonth,
    regions,
    activeMentors: mentorIds.length,
    mentorIds,
  };
}

/** A basic-course certification counts for a year when it is not revoked and its validity overlaps the year. */
export function certificationValidInYear(
  cert: { basicCourse: boolean; status: string; validFrom: string; validUntil: string | null },
  year: number,
): boolean {
  if (!cert.basicCourse || cert.status === "revoked") return false;
  return cert.validFrom <= `${year}-12-31` && (cert.validUntil === null || cert.validUntil >= `${year}-01-01`);
}

/** A mentor whose status identity never reported counts as active (identity reports changes; a new mentor starts active). */
export function mentorActive(status: string | null): boolean {
  return status === null || status === "active";
}

export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;

export function validYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_REPORT_YEAR && year <= MAX_REPORT_YEAR;
}
