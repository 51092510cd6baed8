import { unauthenticated, forbiddenBy } from "@meander/validation";
import { requireViewer } from "@meander/subgraph-kit";
import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { loginWithPassword } from "../application/login.js";
import { changePassword } from "../application/passwords.js";
import { logout, revokeOwnSession, revokeUserSessions } from "../application/revocation.js";
import { refreshSession, switchContext } from "../application/sessions.js";
import { acceptInvitation } from "../application/invitations.js";
import { oidcCallback, oidcStart } from "../application/oidc.js";
import { registerDeviceToken, removeDeviceToken } from "../application/device-tokens.js";
import { changeStatus, updateMyProfile } from "../application/peer-mentors.js";
import { updateMySettings } from "../application/settings.js";
import type { MentorStatus } from "../domain/mentor-status.js";

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

// Sign-in flows (their authority is a credential identity checks itself) and the push-token move (a token moves to
// whoever registers it) run in the platform scope for their own transaction: ctx.platformUow (src/rls.ts).
export const Mutation: MutationResolvers = {
  login: (_p, { input }, ctx) => loginWithPassword(ctx.platformUow, ctx.runtime.settings, input, ctx.client, ctx.now()),
  refreshSession: async (_p, { refreshToken }, ctx) => {
    const outcome = await refreshSession(ctx.platformUow, ctx.runtime.settings, refreshToken, ctx.now());
    if ("refused" in outcome)
      throw unauthenticated(
        outcome.refused === "reuse"
          ? "Refresh token reused; the session has been revoked"
          : "Invalid or expired refresh token",
      );
    return outcome.ok;
  },
  logout: (_p, _a, ctx) => logout(ctx.uow, ctx.runtime.settings, requireViewer(ctx), ctx.now()),
  revokeSession: (_p, { id }, ctx) =>
    revokeOwnSession(ctx.uow, ctx.runtime.settings, requireViewer(ctx), id, ctx.now()),
  revokeUserSessions: (_p, { userId }, ctx) =>
    revokeUserSessions(ctx.uow, ctx.runtime.settings, requireViewer(ctx), userId, ctx.now()),
  switchContext: async (_p, { membershipId }, ctx) => {
    const outcome = await switchContext(ctx.uow, ctx.runtime.settings, requireViewer(ctx), membershipId, ctx.now());
    if ("ok" in outcome) return outcome.ok;
    throw outcome.refused === "not_held"
      ? forbiddenBy("membership_held", "You do not hold this membership")
      : unauthenticated("This session has been revoked");
  },
  changePassword: (_p, { current, next }, ctx) =>
    changePassword(ctx.uow, requireViewer(ctx).userId, current, next, ctx.now()),
  oidcStart: (_p, { provider }, ctx) => oidcStart(ctx.platformUow, ctx.runtime.oidc, provider, ctx.now()),
  oidcCallback: (_p, { input }, ctx) => oidcCallback(ctx.platformUow, ctx.runtime, input, ctx.client, ctx.now()),
  acceptInvitation: (_p, { input }, ctx) => acceptInvitation(ctx.platformUow, input, ctx.now()),
  updateMyPeerMentorProfile: (_p, { input }, ctx) =>
    updateMyProfile(ctx.uow, ctx.runtime.envelope, requireViewer(ctx), input, ctx.now()),
  changePeerMentorStatus: (_p, { userId, to, reason }, ctx) =>
    changeStatus(ctx.uow, requireViewer(ctx), userId, lower(to) as MentorStatus, reason ?? null, ctx.now),
  updateMySettings: (_p, { input }, ctx) =>
    updateMySettings(
      ctx.uow,
      requireViewer(ctx),
      {
        ...input,
        language: input.language ? lower(input.language) : null,
      },
      ctx.now(),
    ),
  registerDeviceToken: (_p, { platform, token, deviceName }, ctx) =>
    registerDeviceToken(ctx.platformUow, requireViewer(ctx), lower(platform), token, deviceName, ctx.now()),
  removeDeviceToken: (_p, { token }, ctx) => removeDeviceToken(ctx.uow, requireViewer(ctx), token),
};
