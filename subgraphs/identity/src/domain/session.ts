/**
 * Session rules: token lifetimes, the refresh-token decision, which membership
 * a login starts in, and the client address a session records.
 */
import { createHash, randomBytes } from "node:crypto";

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600_000;
/**
 * A refresh token presented again within this window after its use is the
 * concurrent-refresh race (two requests of the same client): it is refused
 * but the session survives. Any later reuse is theft and revokes the session.
 */
export const REFRESH_RACE_GRACE_MS = 2_000;

export function newRefreshToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type RefreshDecision = "unknown" | "expired" | "session_revoked" | "race" | "reuse";

/** Why a refresh token that could not be claimed was refused (claiming is the conditional UPDATE). */
export function refusedRefresh(
  token: { usedAt: Date | null; expiresAt: Date } | null,
  session: { revokedAt: Date | null } | null,
  now: Date,
): RefreshDecision {
  if (!token || !session) return "unknown";
  if (session.revokedAt) return "session_revoked";
  if (token.usedAt) return now.getTime() - token.usedAt.getTime() <= REFRESH_RACE_GRACE_MS ? "race" : "reuse";
  return token.expiresAt.getTime() <= now.getTime() ? "expired" : "unknown";
}

export interface Membership {
  membershipId: string;
  organizationId: string;
  localAssociationId: string;
  role: string;
  isPrimary: boolean;
}

export interface ActiveContext {
  membershipId: string | null;
  organizationId: string | null;
  localAssociationId: string | null;
  role: string;
}

/** The context a membership gives a token; a global administrator acts outside any tenant. */
export function contextOf(m: Membership): ActiveContext {
  if (m.role === "global_admin")
    return { membershipId: m.membershipId, organizationId: null, localAssociationId: null, role: m.role };
  return {
    membershipId: m.membershipId,
    organizationId: m.organizationId,
    localAssociationId: m.localAssociationId,
    role: m.role,
  };
}

/** Login starts in the primary membership, else the first (stable by id). */
export function initialMembership<M extends Membership>(memberships: readonly M[]): M | null {
  const sorted = [...memberships].sort((a, b) => a.membershipId.localeCompare(b.membershipId));
  return sorted.find((m) => m.isPrimary) ?? sorted[0] ?? null;
}

export function validateDevice(device: { name: string; platform: string }): { name: string; platform: string } {
  return {
    name: device.name.trim().slice(0, 100) || "unknown",
    platform: device.platform.trim().slice(0, 40) || "unknown",
  };
}
