import type { AuthPayloadResolvers } from "../__generated__/resolvers-types.js";
import { markIssued } from "../permissions.js";

export const AuthPayload: AuthPayloadResolvers = {
  // The user a login answers with is the caller's own: marked so the User rule lets an anonymous caller read it.
  user: (payload) => markIssued(payload.user),
  session: (payload) => ({ ...payload.session, current: true }),
};
