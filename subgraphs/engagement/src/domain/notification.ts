/**
 * Notification delivery rules (no I/O): quiet hours, retry backoff, and which
 * channels a notification goes out on.
 */
export const CHANNELS = ["in_app", "push", "email", "sms"] as const;
export type Channel = (typeof CHANNELS)[number];

/** Attempts per external delivery before it is recorded as failed. */
export const MAX_ATTEMPTS = 4;
/** Backoff before attempt n+1 (n = attempts so far): 30 s, 2 min, 8 min, ... */
export function backoffMs(attempts: number): number {
  return 30_000 * 4 ** Math.max(0, attempts - 1);
}

/** Quiet hours as minutes after midnight (Norwegian time); from > until spans midnight (22:00 to 07:00). */
export interface QuietHours {
  fromMinute: number;
  untilMinute: number;
}

export function inQuietHours(q: QuietHours | null, minuteOfDay: number): boolean {
  if (!q || q.fromMinute === q.untilMinute) return false;
  return q.fromMinute < q.untilMinute
    ? minuteOfDay >= q.fromMinute && minuteOfDay < q.untilMinute
    : minuteOfDay >= q.fromMinute || minuteOfDay < q.untilMinute;
}

/** Minutes until quiet hours end (0 when not in them). */
export function minutesUntilQuietEnds(q: QuietHours | null, minuteOfDay: number): number {
  if (!q || !inQuietHours(q, minuteOfDay)) return 0;
  return (q.untilMinute - minuteOfDay + 1440) % 1440;
}

/**
 * The external channels a notification goes out on: the user's channels for
 * its category, or none when the category is off. The in-app inbox always
 * gets the record (unless off); a category without a choice: the inbox only.
 */
export function externalChannels(pref: { enabled: boolean; channels: readonly Channel[] } | null): Channel[] {
  if (pref === null) return [];
  if (!pref.enabled) return [];
  return pref.channels.filter((c) => c !== "in_app");
}

export function validQuietHours(q: QuietHours): boolean {
  const ok = (m: number) => Number.isInteger(m) && m >= 0 && m < 1440;
  return ok(q.fromMinute) && ok(q.untilMinute);
}
