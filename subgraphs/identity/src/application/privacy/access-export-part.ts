/**
 * identity's part of a subject access export (issue 24 item 3): the user account, the peer-mentor profile and its
 * status log, accessibility settings, sessions (devices signed in, with IP and sign-in method), push devices and
 * linked sign-in services. Secrets stay out: password hashes, refresh tokens, push tokens, OIDC subjects are not
 * the person's data to read but keys to their account. A contact has no account: every category is empty.
 */
import type { Envelope } from "@meander/crypto";
import type { Tx } from "@meander/db";
import { toRecord, type ExportPart, type PartRequest } from "@meander/privacy/access-export";
import { createDeviceTokenRepository, createSettingsRepository } from "../../db/repositories/devices.js";
import { createOidcRepository } from "../../db/repositories/oidc.js";
import { createProfileRepository, createStatusLogRepository } from "../../db/repositories/profiles.js";
import { selfScope } from "../../db/repositories/scope.js";
import { createSessionRepository } from "../../db/repositories/sessions.js";
import { createUserRepository } from "../../db/repositories/users.js";
import { actAsUser } from "../../rls.js";
import { readableProfile, readableUser } from "../subject-keys.js";

/** The builder; `envelope` decrypts the person's phone, bio and availability note (their own data, in clear in the export). */
export const identityExportPart =
  (envelope: Envelope | null) =>
  async (tx: Tx, request: PartRequest): Promise<ExportPart> => {
    const userId = request.subject.userId;
    const empty = {
      user: [],
      profile: [],
      profileStatusLog: [],
      settings: [],
      sessions: [],
      devices: [],
      identities: [],
    };
    if (!userId) return { subgraph: "identity", categories: empty };
    // The rows of the person the export is about, and no one else's: their own scope, and row-level security's
    // user-keyed policies told who they are.
    await actAsUser(tx, userId);
    const self = selfScope(userId);
    const user = await createUserRepository(tx, self).byIds([userId]);
    const profile = await createProfileRepository(tx, self).byUserId(userId);
    const settings = await createSettingsRepository(tx, self).byUserId(userId);
    const labels: Record<string, string> = Object.fromEntries(user.map((u) => [u.id, `${u.firstName} ${u.lastName}`]));
    return {
      subgraph: "identity",
      labels,
      categories: {
        user: await Promise.all(user.map(async (u) => toRecord(await readableUser(tx, envelope, u)))),
        profile: profile ? [toRecord(await readableProfile(tx, envelope, profile))] : [],
        profileStatusLog: (await createStatusLogRepository(tx, self).ofUser(userId)).map((r) => toRecord(r)),
        settings: settings ? [toRecord(settings)] : [],
        sessions: (await createSessionRepository(tx, self).ofUser(userId)).map((r) => toRecord(r)),
        devices: (await createDeviceTokenRepository(tx, self).ofUser(userId)).map((r) => toRecord(r, ["token"])),
        identities: (await createOidcRepository(tx, self).identitiesOf(userId)).map((r) => toRecord(r, ["subject"])),
      },
    };
  };
