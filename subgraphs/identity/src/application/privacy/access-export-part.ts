/**
 * identity's part of a subject access export (issue 24 item 3): the user account, the peer-mentor profile and its
 * status log, accessibility settings, sessions (devices signed in, with IP and sign-in method), push devices and
 * linked sign-in services. Secrets stay out: password hashes, refresh tokens, push tokens, OIDC subjects are not
 * the person's data to read but keys to their account. A contact has no account: every category is empty.
 */
import { eq, sql } from "drizzle-orm";
import type { Envelope } from "@meander/crypto";
import type { Tx } from "@meander/db";
import { toRecord, type ExportPart, type PartRequest } from "@meander/privacy/access-export";
import { readableProfile, readableUser } from "../subject-keys.js";
import {
  deviceTokens,
  peerMentorProfiles,
  peerMentorStatusLog,
  sessions,
  userIdentities,
  users,
  userSettings,
} from "../../db/schema/index.js";

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
    // Row-level security: the rows of the person the export is about (identity's user-keyed policies).
    await tx.execute(sql`select set_config('app.user_id', ${userId}, true)`);
    const user = await tx.select().from(users).where(eq(users.id, userId));
    const labels: Record<string, string> = Object.fromEntries(user.map((u) => [u.id, `${u.firstName} ${u.lastName}`]));
    return {
      subgraph: "identity",
      labels,
      categories: {
        user: await Promise.all(user.map(async (u) => toRecord(await readableUser(tx, envelope, u)))),
        profile: await Promise.all(
          (await tx.select().from(peerMentorProfiles).where(eq(peerMentorProfiles.userId, userId))).map(async (r) =>
            toRecord(await readableProfile(tx, envelope, r)),
          ),
        ),
        profileStatusLog: (
          await tx.select().from(peerMentorStatusLog).where(eq(peerMentorStatusLog.userId, userId))
        ).map((r) => toRecord(r)),
        settings: (await tx.select().from(userSettings).where(eq(userSettings.userId, userId))).map((r) => toRecord(r)),
        sessions: (await tx.select().from(sessions).where(eq(sessions.userId, userId))).map((r) => toRecord(r)),
        devices: (await tx.select().from(deviceTokens).where(eq(deviceTokens.userId, userId))).map((r) =>
          toRecord(r, ["token"]),
        ),
        identities: (await tx.select().from(userIdentities).where(eq(userIdentities.userId, userId))).map((r) =>
          toRecord(r, ["subject"]),
        ),
      },
    };
  };
