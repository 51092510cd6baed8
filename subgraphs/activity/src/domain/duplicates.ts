/**
 * duplicate_detection (seed 002) and the multi-membership case (seed 003): a new
 * activity is a suspected duplicate of an earlier one of the same organization
 * and type, within the organization's window, when it has the same contact, or
 * when it is the same mentor's through another of their local associations.
 * Suspects are flagged for review, never refused.
 */
export interface DuplicateCandidate {
  id: string;
  userId: string;
  contactId: string | null;
  localAssociationId: string | null;
  activityType: string;
  activityDate: Date;
}

export function suspectedDuplicate(
  a: Omit<DuplicateCandidate, "id">,
  candidates: readonly DuplicateCandidate[],
  windowMinutes: number,
): DuplicateCandidate | null {
  const windowMs = windowMinutes * 60_000;
  let best: DuplicateCandidate | null = null;
  for (const c of candidates) {
    if (c.activityType !== a.activityType) continue;
    const distance = Math.abs(c.activityDate.getTime() - a.activityDate.getTime());
    if (distance > windowMs) continue;
    const sameContact = a.contactId !== null && c.contactId === a.contactId;
    const otherChapter = c.userId === a.userId && c.localAssociationId !== a.localAssociationId;
    if (!sameContact && !otherChapter) continue;
    if (!best || distance < Math.abs(best.activityDate.getTime() - a.activityDate.getTime())) best = c;
  }
  return best;
}

/**
 * The same verdict as `suspectedDuplicate` for a whole batch, without comparing
 * every row with every candidate: candidates are kept per activity type, sorted
 * by date, and only those within the window are looked at (a bulk registration
 * of 1,000 rows against thousands of stored activities of the same mentor was
 * a third of the subgraph's CPU time with the plain scan). Ties on distance go
 * to the candidate added first, as in the scan.
 */
export function duplicateIndex(candidates: readonly DuplicateCandidate[], windowMinutes: number) {
  const windowMs = windowMinutes * 60_000;
  type Entry = { c: DuplicateCandidate; t: number; seq: number };
  const byType = new Map<string, Entry[]>();
  let seq = 0;
  /** First position whose date is >= t. */
  const lowerBound = (list: Entry[], t: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.t < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const add = (c: DuplicateCandidate) => {
    const t = c.activityDate.getTime();
    const list = byType.get(c.activityType) ?? [];
    if (!byType.has(c.activityType)) byType.set(c.activityType, list);
    // After every entry of the same date, so that scanning in position order meets equal dates in insertion order.
    list.splice(lowerBound(list, t + 1), 0, { c, t, seq: seq++ });
  };
  // The stored candidates sorted once (a stable sort keeps their order among equal dates); batch rows are added one by one.
  for (const c of candidates) {
    const list = byType.get(c.activityType) ?? [];
    if (!byType.has(c.activityType)) byType.set(c.activityType, list);
    list.push({ c, t: c.activityDate.getTime(), seq: seq++ });
  }
  for (const list of byType.values()) list.sort((x, y) => x.t - y.t);
  return {
    add,
    suspect(a: Omit<DuplicateCandidate, "id">): DuplicateCandidate | null {
      const list = byType.get(a.activityType);
      if (!list) return null;
      const t = a.activityDate.getTime();
      let best: Entry | null = null;
      for (let i = lowerBound(list, t - windowMs); i < list.length && list[i]!.t <= t + windowMs; i++) {
        const e = list[i]!;
        const sameContact = a.contactId !== null && e.c.contactId === a.contactId;
        const otherChapter = e.c.userId === a.userId && e.c.localAssociationId !== a.localAssociationId;
        if (!sameContact && !otherChapter) continue;
        const d = Math.abs(e.t - t);
        const bestD = best ? Math.abs(best.t - t) : Infinity;
        if (d < bestD || (d === bestD && best && e.seq < best.seq)) best = e;
      }
      return best?.c ?? null;
    },
  };
}
