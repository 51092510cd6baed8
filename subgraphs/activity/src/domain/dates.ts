/**
 * Dates given as text (GraphQL input, CSV, offline sync): ISO 8601, a calendar
 * date ("2026-03-14") or a date-time with an offset ("2026-03-14T10:30:00Z",
 * "...+01:00"). Anything else, including impossible dates such as 2026-13-45
 * or 2026-02-30, parses to an Invalid Date, which the registration rules
 * refuse as `date_format` on `activityDate`.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

export function parseDateText(text: string): Date {
  const m = ISO.exec(text.trim());
  if (!m) return new Date(Number.NaN);
  const [, y, mo, d, h = "0", mi = "0", s = "0", zone] = m;
  if (h !== "0" && zone === undefined) return new Date(Number.NaN); // a time without an offset is ambiguous
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const utc = new Date(Date.UTC(...parts));
  const same =
    utc.getUTCFullYear() === parts[0] &&
    utc.getUTCMonth() === parts[1] &&
    utc.getUTCDate() === parts[2] &&
    utc.getUTCHours() === parts[3] &&
    utc.getUTCMinutes() === parts[4] &&
    utc.getUTCSeconds() === parts[5];
  if (!same) return new Date(Number.NaN);
  const parsed = new Date(zone === undefined ? utc.getTime() : Date.parse(text.trim().replace(" ", "T")));
  return parsed;
}

export const isValidDate = (d: Date) => !Number.isNaN(d.getTime());
