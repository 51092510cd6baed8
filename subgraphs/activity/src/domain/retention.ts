/**
 * Retention (issue 24 item 5): a contact is inactive when nothing happened with them (created, an activity, a
 * note, an assignment change) for the organization's whole years (settings retention, default 5). Pure rules.
 */

/** The instant before which a contact's last activity makes them a proposal for erasure. */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** At most this many proposals per call (the oldest first): the next ones surface as these are handled. */
export const RETENTION_PROPOSALS_MAX = 500;
