/** The flat table every export shows: one line per organization, region, local association, each total and per activity type. */
import type { BufdirReportContent, TypeTotals } from "../domain/bufdir-report.js";

export const EXPORT_COLUMNS = ["level", "region_id", "local_association_id", "local_association", "activity_type", "activity_days", "participants"] as const;

export interface ExportRow {
  level: "organization" | "region" | "local_association";
  region_id: string;
  local_association_id: string;
  local_association: string;
  /** "" = all activity types. */
  activity_type: string;
  activity_days: number;
  participants: number;
}

function lines(base: Omit<ExportRow, "activity_type" | "activity_days" | "participants">, total: { activityDays: number; participants: number }, byType: TypeTotals[]): ExportRow[] {
  return [
    { ...base, activity_type: "", activity_days: total.activityDays, participants: total.participants },
    ...byType.map((t) => ({ ...base, activity_type: t.activityType, activity_days: t.activityDays, participants: t.participants })),
  ];
}

export function exportRows(report: BufdirReportContent): ExportRow[] {
  const out = lines({ level: "organization", region_id: "", local_association_id: "", local_association: "" }, report, report.byActivityType);
  for (const region of report.regions) {
    const regionId = region.regionId ?? "";
    out.push(...lines({ level: "region", region_id: regionId, local_association_id: "", local_association: "" }, region, region.byActivityType));
    for (const la of region.localAssociations) {
      out.push(
        ...lines(
          { level: "local_association", region_id: regionId, local_association_id: la.localAssociationId ?? "", local_association: la.name ?? "" },
          la,
          la.byActivityType,
        ),
      );
    }
  }
  return out;
}

export const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
