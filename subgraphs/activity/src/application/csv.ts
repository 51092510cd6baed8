/**
 * The CSV variant of bulk registration ("a CSV file of last month's visits"):
 * a header row, then one activity per line. Columns (snake_case or camelCase):
 * activity_type, activity_date, duration_minutes, title, description,
 * location, contact_id, participant_count, user_id (proxy), status, country.
 * Failing rows are named by their line in the file.
 */
import { badInput } from "@meander/validation";
import { parse } from "csv-parse/sync";
import { parseDateText } from "../domain/dates.js";
import type { RegisterActivityInput } from "./registration.js";

/** 5 MB of CSV is far more than a month of visits. */
export const CSV_MAX_BYTES = 5 * 1024 * 1024;

export interface CsvRows {
  inputs: RegisterActivityInput[];
  /** The file line of each input (1 = the header). */
  lines: number[];
}

const camel = (s: string) => s.trim().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

export function parseActivitiesCsv(text: string): CsvRows {
  if (Buffer.byteLength(text) > CSV_MAX_BYTES) throw badInput("csv_size", "csv", "The file may be at most 5 MB");
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map(camel),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    }) as never;
  } catch (err) {
    throw badInput("csv_format", "csv", `Not a readable CSV file: ${(err as Error).message}`);
  }
  const inputs: RegisterActivityInput[] = [];
  const lines: number[] = [];
  for (const { record: r, info } of records) {
    const text = (k: string) => (r[k] === undefined || r[k] === "" ? null : r[k]!);
    const int = (k: string) => (text(k) === null ? null : Number(text(k)));
    const date = text("activityDate");
    const proxyFor = text("userId");
    inputs.push({
      activityTypeKey: text("activityType") ?? text("activityTypeKey") ?? "",
      activityDate: date === null ? null : parseDateText(date),
      durationMinutes: int("durationMinutes"),
      title: text("title"),
      description: text("description"),
      location: text("location"),
      contactId: text("contactId"),
      participantCount: int("participantCount"),
      isProxyRegistration: proxyFor !== null,
      userId: proxyFor,
      status: text("status"),
      country: text("country"),
    });
    lines.push(info.lines);
  }
  return { inputs, lines };
}
