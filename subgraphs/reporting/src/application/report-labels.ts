/**
 * Saved report definitions' rows by name (issue 21 item 1): each dimension value of a row gets a label
 * in the requested language, looked up for the whole result at once (one small query per kind of id)
 * when the rows are read, so stored runs name things as they are called now.
 */
import { activityTypeName, catalog, formatDay, MONTHS, t, type Language, type MessageKey } from "@meander/messages";
import { scopes, type Executor } from "@meander/db";
import { createNameRepository } from "../db/repositories/names.js";
import type { Dimension } from "../domain/report-definition.js";
import type { ReportResultView } from "./report-definitions.js";

export type LabelledRow = ReportResultView["rows"][number] & { labels: Array<string | null> };

const idsOf = (result: ReportResultView, dimension: Dimension) => {
  const out = new Set<string>();
  result.dimensions.forEach((d, i) => {
    if (d !== dimension) return;
    for (const row of result.rows) if (row.keys[i]) out.add(row.keys[i]!);
  });
  return [...out];
};

export async function labelledRows(
  db: Executor,
  organizationId: string,
  result: ReportResultView,
  lang: Language,
): Promise<LabelledRow[]> {
  const names = createNameRepository(db, scopes.organization(organizationId));
  const terminology = await names.terminology();
  const has = (d: Dimension) => result.dimensions.includes(d);
  const localAssociations = has("LOCAL_ASSOCIATION")
    ? await names.localAssociations(idsOf(result, "LOCAL_ASSOCIATION"))
    : new Map<string, string>();
  const regions = has("REGION") ? await names.regions() : new Map<string, string>();
  const people = has("MENTOR") ? await names.people(idsOf(result, "MENTOR")) : new Map<string, string>();
  const text = (key: MessageKey) => t(key, lang, {}, terminology);
  const label = (d: Dimension, v: string | null): string | null => {
    switch (d) {
      case "LOCAL_ASSOCIATION":
        return v === null
          ? text("report.no_local_association")
          : (localAssociations.get(v) ?? text("report.unnamed_local_association"));
      case "REGION":
        return v === null ? text("report.no_region") : (regions.get(v) ?? text("report.unnamed_region"));
      case "MENTOR":
        return v === null ? null : (people.get(v) ?? text("report.unnamed_person"));
      case "ACTIVITY_TYPE":
        return v === null ? null : activityTypeName(v, lang, terminology);
      case "STATUS":
        return v === null ? null : `status.${v}` in catalog ? text(`status.${v}` as MessageKey) : v;
      case "MONTH":
        return v === null ? null : `${MONTHS[lang][Number(v.slice(5, 7)) - 1] ?? v.slice(5, 7)} ${v.slice(0, 4)}`;
      case "DAY":
        return v === null ? null : formatDay(v, lang);
      case "COUNTABLE":
        return v === null ? text("report.unknown") : text(v === "true" ? "report.yes" : "report.no");
    }
  };
  return result.rows.map((row) => ({ ...row, labels: row.keys.map((v, i) => label(result.dimensions[i]!, v)) }));
}
