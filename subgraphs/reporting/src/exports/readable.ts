/**
 * The report as a person reads it (issue 21 item 2): every region, local association, activity type and
 * mentor by name, texts from @meander/messages in the requested language with the organization's terminology.
 * Pure: the names are looked up before (application/bufdir-export.ts), never in the report's own SQL.
 */
import {
  activityTypeName,
  formatDay,
  formatMoment,
  MONTHS,
  t,
  type Language,
  type MessageKey,
  type Params,
  type TerminologyLabels,
} from "@meander/messages";
import type { BufdirReportContent, TypeTotals } from "../domain/bufdir-report.js";

export interface ExportNames {
  organization: { name: string; shortName: string } | null;
  regions: ReadonlyMap<string, string>;
  localAssociations: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  terminology: TerminologyLabels;
}

export interface ReportMeta {
  status: "DRAFT" | "SUBMITTED";
  version: number | null;
  /** The draft's generation or the version's submission. */
  at: Date;
}

export interface NamedTotals {
  name: string;
  activityDays: number;
  participants: number;
}

export interface NamedLocalAssociation extends NamedTotals {
  byActivityType: NamedTotals[];
}

export interface NamedRegion extends NamedTotals {
  byActivityType: NamedTotals[];
  localAssociations: NamedLocalAssociation[];
}

export interface ReadableReport {
  lang: Language;
  /** A text of the catalog in the report's language and the organization's words. */
  text: (key: MessageKey, params?: Params) => string;
  organizationName: string;
  organizationShortName: string;
  year: number;
  /** YYYY-MM-DD */
  periodFrom: string;
  periodTo: string;
  meta: ReportMeta;
  title: string;
  /** "Utkast, laget 07.12.2026 kl. 10:41" or "Innsendt versjon 2, ...". */
  statusText: string;
  /** "01.01.2025–31.12.2025" */
  periodText: string;
  activityDays: number;
  participants: number;
  activeMentors: number;
  months: Array<{ month: number; name: string; activityDays: number }>;
  activityTypes: NamedTotals[];
  regions: NamedRegion[];
  /** The mentors counted in activeMentors, by name (alphabetical). */
  mentors: string[];
}

const collator = new Intl.Collator("nb");
/** By name; the "no region"/"no local association" group last. */
const byName = <T extends { name: string; last?: boolean }>(a: T, b: T) =>
  Number(Boolean(a.last)) - Number(Boolean(b.last)) || collator.compare(a.name, b.name);
const strip = <T extends { last?: boolean }>({ last: _last, ...rest }: T) => rest;

export function readableReport(
  report: BufdirReportContent,
  meta: ReportMeta,
  names: ExportNames,
  lang: Language,
): ReadableReport {
  const text = (key: MessageKey, params: Params = {}) => t(key, lang, params, names.terminology);
  const types = (rows: readonly TypeTotals[]): NamedTotals[] =>
    rows
      .map((r) => ({
        name: activityTypeName(r.activityType, lang, names.terminology),
        activityDays: r.activityDays,
        participants: r.participants,
      }))
      .sort(byName);
  const regions = report.regions
    .map((r) => ({
      name:
        r.regionId === null
          ? text("report.no_region")
          : (names.regions.get(r.regionId) ?? text("report.unnamed_region")),
      last: r.regionId === null,
      activityDays: r.activityDays,
      participants: r.participants,
      byActivityType: types(r.byActivityType),
      localAssociations: r.localAssociations
        .map((la) => ({
          name:
            la.localAssociationId === null
              ? text("report.no_local_association")
              : (la.name ??
                names.localAssociations.get(la.localAssociationId) ??
                text("report.unnamed_local_association")),
          last: la.localAssociationId === null,
          activityDays: la.activityDays,
          participants: la.participants,
          byActivityType: types(la.byActivityType),
        }))
        .sort(byName)
        .map(strip),
    }))
    .sort(byName)
    .map(strip);
  const organizationName = names.organization?.name ?? text("report.unnamed_organization");
  return {
    lang,
    text,
    organizationName,
    organizationShortName: names.organization?.shortName ?? organizationName,
    year: report.year,
    periodFrom: `${report.year}-01-01`,
    periodTo: `${report.year}-12-31`,
    meta,
    title: text("report.bufdir.title", { year: report.year }),
    statusText:
      meta.status === "DRAFT"
        ? text("report.status.draft", { at: formatMoment(meta.at, lang) })
        : text("report.status.submitted", { version: meta.version ?? 0, at: formatMoment(meta.at, lang) }),
    periodText: `${formatDay(`${report.year}-01-01`, lang)}–${formatDay(`${report.year}-12-31`, lang)}`,
    activityDays: report.activityDays,
    participants: report.participants,
    activeMentors: report.activeMentors,
    months: report.byMonth.map((m) => ({
      month: m.month,
      name: MONTHS[lang][m.month - 1]!,
      activityDays: m.activityDays,
    })),
    activityTypes: types(report.byActivityType),
    regions,
    mentors: report.mentorIds.map((id) => names.people.get(id) ?? text("report.unnamed_person")).sort(collator.compare),
  };
}
