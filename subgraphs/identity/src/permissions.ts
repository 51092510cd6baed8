/**
 * graphql-shield rules, deny by default (the kit's fallback): every type and
 * field listed here is allowed on purpose. Anonymous callers reach only login,
 * refreshSession, the OIDC pair and acceptInvitation. Sensitive operations (sessions, password,
 * context switch) also require the token's session to be open in identity's own
 * table, so a revoked session's token is refused at once, not at expiry.
 */
import { unauthenticated } from "@meander/validation";
import { allow, hasRole, isAuthenticated } from "@meander/auth";
import { and, or, rule, type IRules } from "graphql-shield";
import type { IdentityContext } from "./context.js";

const ISSUED = Symbol("issuedInThisAnswer");

/** Marks the user a login/refresh answers with (the caller's own), so an anonymous caller may read it. */
export function markIssued<T extends object>(user: T): T {
  return { ...user, [ISSUED]: true };
}

const issuedInThisAnswer = rule("issuedInThisAnswer", { cache: "no_cache" })(
  (parent: unknown) => typeof parent === "object" && parent !== null && ISSUED in parent,
);

/** The session exists, is the caller's and is open. */
export const liveSession = rule("liveSession", { cache: "contextual" })(async (_p, _a, ctx: IdentityContext) => {
  if (!ctx.viewer) return unauthenticated();
  const s = await ctx.session();
  return s && !s.revokedAt && s.userId === ctx.viewer.userId ? true : unauthenticated("This session has been revoked");
});

/** Tokens of a revoked identity session are refused; tokens whose session identity does not know (service tokens) pass. */
export const notRevoked = rule("notRevoked", { cache: "contextual" })(async (_p, _a, ctx: IdentityContext) => {
  if (!ctx.viewer) return unauthenticated();
  const s = await ctx.session();
  return !s || (!s.revokedAt && s.userId === ctx.viewer.userId)
    ? true
    : unauthenticated("This session has been revoked");
});

export const permissions: IRules = {
  Query: {
    me: notRevoked,
    user: notRevoked,
    myContext: notRevoked,
    myMemberships: notRevoked,
    mySessions: liveSession,
    roles: notRevoked,
    canUseProduct: notRevoked,
    mySettings: notRevoked,
    myDeviceTokens: notRevoked,
  },
  Mutation: {
    login: allow,
    refreshSession: allow,
    oidcStart: allow,
    oidcCallback: allow,
    acceptInvitation: allow,
    logout: liveSession,
    revokeSession: liveSession,
    revokeUserSessions: and(hasRole("org_admin", "global_admin"), liveSession),
    switchContext: liveSession,
    changePassword: liveSession,
    // Who may make which status move is the domain state machine's (application/peer-mentors.ts).
    updateMyPeerMentorProfile: and(hasRole("peer_mentor"), notRevoked),
    changePeerMentorStatus: notRevoked,
    updateMySettings: notRevoked,
    registerDeviceToken: notRevoked,
    removeDeviceToken: notRevoked,
  },
  // Reached only through the fields above.
  AuthPayload: allow,
  Session: allow,
  ActiveContext: allow,
  // Key-only references (organization resolves them through its own scope).
  Organization: allow,
  LocalAssociation: allow,
  OidcStart: allow,
  InvitationAcceptance: allow,
  Role: allow,
  UserSettings: allow,
  DeviceToken: allow,
  // Reached only through User (scoped) or the caller's own mutation; User.peerMentorProfile/StatusLog check the reader.
  PeerMentorProfile: isAuthenticated,
  AvailabilitySlot: isAuthenticated,
  PeerMentorStatusEntry: isAuthenticated,
  // Rows reach a caller only through the scoped repository; the type rule keeps anonymous _entities calls out.
  User: or(issuedInThisAnswer, isAuthenticated),
  // Reached through _entities from reporting's audit log (its auditLog field is for administrators); names only users the caller may see.
  AuditSubject: isAuthenticated,
};
