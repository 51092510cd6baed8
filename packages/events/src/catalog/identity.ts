/** Event catalog, identity: users, sessions, invitations accepted, the profiles topic. */
import { z } from "zod";
import { id, type CatalogEntries } from "./shared.js";

export const identityEvents = {
  /**
   * A user was registered. Version 2 carries ids only (issue 24 item 2): the e-mail, name and phone travel in
   * `identity.profile.changed` (a compacted topic an erasure empties). Version 1 (kept in old logs) is still read.
   */
  "identity.user.registered": {
    version: 2,
    payload: z.object({
      userId: id,
      /** The language notifications use for the user (nb, nn, en); absent: nb. */
      preferredLanguage: z.enum(["nb", "nn", "en"]).optional(),
    }),
    legacy: {
      1: z.object({
        userId: id,
        email: z.string(),
        displayName: z.string(),
        phone: z.string().nullable().optional(),
        preferredLanguage: z.enum(["nb", "nn", "en"]).optional(),
      }),
    },
  },
  /**
   * A person's contact details as other domains may copy them (engagement: where to send; finance and reporting:
   * the name in exports). Topic `meander.identity.profiles`, compacted, keyed by the user (aggregate). `profile`
   * null: the person was erased; consumers forget what they copied (README "Personal data in events").
   */
  "identity.profile.changed": {
    version: 1,
    payload: z.object({
      userId: id,
      profile: z
        .object({ email: z.string(), displayName: z.string(), phone: z.string().nullable().optional() })
        .nullable(),
    }),
  },
  /** The user changed the language the apps and notifications use for them (updateMySettings). Aggregate: the user. */
  "identity.user.language_changed": {
    version: 1,
    payload: z.object({ userId: id, language: z.enum(["nb", "nn", "en"]) }),
  },
  /** A user was deactivated. Version 2: ids only (version 1 carried the administrator's free-text reason; it stays in identity). */
  "identity.user.deactivated": {
    version: 2,
    payload: z.object({ userId: id }),
    legacy: { 1: z.object({ userId: id, reason: z.string().nullable() }) },
  },
  "identity.session.revoked": {
    version: 1,
    payload: z.object({
      sessionId: id,
      userId: id,
      reason: z.enum([
        "logout",
        "revoked_by_user",
        "revoked_by_admin",
        "refresh_token_reuse",
        "expired",
        "user_deactivated",
      ]),
      /** When the session's last access token expires: the gateway may forget the id after that. */
      expiresAt: z.iso.datetime({ offset: true }),
    }),
  },
  /**
   * A peer mentor's status changed. Version 2: ids only; the free-text reason stays in identity's status log
   * (version 1 carried it; still read from old logs).
   */
  "identity.peer_mentor.status_changed": {
    version: 2,
    payload: z.object({
      userId: id,
      from: z.enum(["active", "paused", "suspended", "deactivated"]).nullable(),
      to: z.enum(["active", "paused", "suspended", "deactivated"]),
    }),
    legacy: {
      1: z.object({
        userId: id,
        from: z.enum(["active", "paused", "suspended", "deactivated"]).nullable(),
        to: z.enum(["active", "paused", "suspended", "deactivated"]),
        reason: z.string().nullable(),
      }),
    },
  },
  /** An invitation was accepted. Version 2: ids only (version 1 carried the e-mail; still read from old logs). */
  "identity.invitation.accepted": {
    version: 2,
    payload: z.object({
      invitationId: id,
      userId: id,
      localAssociationId: id,
      role: z.string(),
      /** The referral code the person arrived with (engagement counts the registration on its link). */
      referralCode: z.string().nullable().optional(),
    }),
    legacy: {
      1: z.object({
        invitationId: id,
        userId: id,
        email: z.string(),
        localAssociationId: id,
        role: z.string(),
        referralCode: z.string().nullable().optional(),
      }),
    },
  },
  /** A person signed in (a new session, by password or a provider); engagement counts a referred person's first sign-in. */
  "identity.session.opened": {
    version: 1,
    payload: z.object({ sessionId: id, userId: id, method: z.string() }),
  },
  /** identity refused an acceptance the membership rules would refuse (e.g. membership_limit): organization records the reason for the inviter. */
  "identity.invitation.refused": {
    version: 1,
    payload: z.object({ invitationId: id, userId: id, rule: z.string() }),
  },
} as const satisfies CatalogEntries;
