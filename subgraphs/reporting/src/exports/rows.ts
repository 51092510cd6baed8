/** The flat table CSV shows: one line per organization, region and local association, its total ("All") and each activity type, by name. */
import type { NamedTotals, ReadableReport } from "./readable.js";

export interface ExportRow {
  level: string;
  region: string;
  localAssociation: string;
  activityType: string;
  activityDays: number;
  participants: number;
}

export function exportHeader(r: ReadableReport): string[] {
  return (
    [
      "report.column.level",
      "report.column.region",
      "report.column.local_association",
      "report.column.activity_type",
      "report.column.activity_days",
      "report.column.participants",
    ] as const
  ).map((k) => r.text(k));
}

export function exportRows(r: ReadableReport): ExportRow[] {
  const all = r.text("report.all_types");
  const lines = (
    base: Pick<ExportRow, "level" | "region" | "localAssociation">,
    total: { activityDays: number; participants: number },
    byType: readonly NamedTotals[],
  ): ExportRow[] => [
    { ...base, activityType: all, activityDays: total.activityDays, participants: total.participants },
    ...byType.map((t) => ({
      ...base,
      activityType: t.name,
      activityDays: t.activityDays,
      participants: t.participants,
    })),
  ];
  const out = lines(
    { level: r.text("report.level.organization"), region: "", localAssociation: "" },
    r,
    r.activityTypes,
  );
  for (const region of r.regions) {
    out.push(
      ...lines(
        { level: r.text("report.level.region"), region: region.name, localAssociation: "" },
        region,
        region.byActivityType,
      ),
    );
    for (const la of region.localAssociations) {
      out.push(
        ...lines(
          { level: r.text("report.level.local_association"), region: region.name, localAssociation: la.name },
          la,
          la.byActivityType,
        ),
      );
    }
  }
  return out;
}
