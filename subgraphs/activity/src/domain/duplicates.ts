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
