/**
 * Per-subject keys in identity (issue 24 item 1): a user's sensitive profile fields (phone, bio, availability note)
 * are encrypted under that user's key (@meander/crypto ciphertext version 2), bound to row and column. A user belongs
 * to no single organization (memberships come and go; the account outlives them), so their key is wrapped by the
 * data key of one key scope, USER_KEY_SCOPE, which the master key wraps. The SQL around the keys is
 * @meander/privacy's `subjectKeys` (shared with activity): shredding (the erasure) and the resumable migration of the
 * legacy plain columns into the `*_enc` ones, in the background at start-up (server.ts).
 */
import { PublicError } from "@meander/validation";
import { isCiphertext, isShredded, rowAad, type Envelope } from "@meander/crypto";
import type { Executor } from "@meander/db";
import type { PeerMentorProfileRow } from "../db/repositories/profiles.js";
import type { UserRow } from "../db/repositories/users.js";
import { subjectKeys } from "@meander/privacy/subject-keys";

/** The organization id under which users' keys are wrapped (no organization has it). */
export const USER_KEY_SCOPE = "00000000-0000-0000-0000-000000000000";

export const identityKeys = subjectKeys({
  schema: "identity",
  organizationId: USER_KEY_SCOPE,
  targets: [
    { table: "users", subject: "id", columns: [{ column: "phone_enc", plain: "phone" }] },
    {
      table: "peer_mentor_profiles",
      id: "user_id",
      subject: "user_id",
      columns: [
        { column: "bio_enc", plain: "bio" },
        { column: "availability_note_enc", plain: "availability_note" },
      ],
    },
  ],
});

export type SensitiveField = "users:phone" | "peer_mentor_profiles:bio" | "peer_mentor_profiles:availability_note";
const aadOf = (field: SensitiveField, userId: string) => {
  const [table, column] = field.split(":") as [string, string];
  return rowAad(`identity.${table}`, userId, column);
};

const unavailable = () =>
  new PublicError("Sensitive data is not available: no master key is configured", { code: "SERVICE_UNAVAILABLE" });

/**
 * Encrypts one of the user's sensitive values under their key (created on first use), in the writing transaction;
 * empty: null. Without a master key a value cannot be stored: SERVICE_UNAVAILABLE.
 */
export async function sealUserField(
  tx: Executor,
  envelope: Envelope | null,
  userId: string,
  field: SensitiveField,
  value: string | null | undefined,
): Promise<string | null> {
  const text = value?.trim();
  if (!text) return null;
  if (!envelope) throw unavailable();
  return identityKeys.keyringIn(tx, envelope).encryptFor(USER_KEY_SCOPE, userId, text, aadOf(field, userId));
}

/**
 * A stored value as the reader sees it, whichever way it is stored (reads work throughout the migration): the
 * ciphertext decrypted, else the legacy plain value; null when there is none or the user's key was destroyed
 * (erased). A ciphertext that does not belong here answers DATA_INTEGRITY (never the plaintext or the key).
 */
export async function openUserField(
  tx: Executor,
  envelope: Envelope | null,
  userId: string,
  field: SensitiveField,
  stored: { enc: string | null; legacy: string | null },
): Promise<string | null> {
  if (stored.enc == null) return stored.legacy != null && !isCiphertext(stored.legacy) ? stored.legacy : null;
  if (!envelope) throw unavailable();
  try {
    return await identityKeys.keyringIn(tx, envelope).decrypt(USER_KEY_SCOPE, stored.enc, aadOf(field, userId));
  } catch (err) {
    if (isShredded(err)) return null;
    throw new PublicError("The stored value cannot be decrypted for this record", { code: "DATA_INTEGRITY" });
  }
}

/** Crypto-shredding of a user (the erasure, consumer transaction): their key is destroyed; legacy plain values are first moved under it. */
export const shredUser = (tx: Executor, envelope: Envelope | null, userId: string) =>
  identityKeys.shredSubject(tx, envelope, USER_KEY_SCOPE, userId);

/** A user row as readers see it: `phone` in clear (null once erased), the stored forms left out. */
export async function readableUser(tx: Executor, envelope: Envelope | null, user: UserRow) {
  const { phoneEnc, phoneLegacy, ...rest } = user;
  return {
    ...rest,
    phone: await openUserField(tx, envelope, user.id, "users:phone", { enc: phoneEnc, legacy: phoneLegacy }),
  };
}

/** A profile row as readers see it: `bio` and `availabilityNote` in clear, the stored forms left out. */
export async function readableProfile(tx: Executor, envelope: Envelope | null, profile: PeerMentorProfileRow) {
  const { bioEnc, bioLegacy, availabilityNoteEnc, availabilityNoteLegacy, ...rest } = profile;
  return {
    ...rest,
    bio: await openUserField(tx, envelope, profile.userId, "peer_mentor_profiles:bio", {
      enc: bioEnc,
      legacy: bioLegacy,
    }),
    availabilityNote: await openUserField(tx, envelope, profile.userId, "peer_mentor_profiles:availability_note", {
      enc: availabilityNoteEnc,
      legacy: availabilityNoteLegacy,
    }),
  };
}

export type ReadableUser = Awaited<ReturnType<typeof readableUser>>;
export type ReadableProfile = Awaited<ReturnType<typeof readableProfile>>;
