import type {
  ActiveContextResolvers,
  AuthPayloadResolvers,
  SessionResolvers,
} from "../__generated__/resolvers-types.js";
import { markIssued } from "../permissions.js";

export const Session: SessionResolvers = {
  current: (session, _args, ctx) => session.current ?? session.id === ctx.viewer?.sessionId,
};

export const AuthPayload: AuthPayloadResolvers = {
  // The user a login answers with is the caller's own: marked so the User rule lets an anonymous caller read it.
  user: (payload) => markIssued(payload.user),
  session: (payload) => ({ ...payload.session, current: true }),
};

/** The context's organization and local association as entity references: the client reads their names in the same query. */
export const ActiveContext: ActiveContextResolvers = {
  organization: (c) => (c.organizationId ? { id: c.organizationId } : null),
  localAssociation: (c) => (c.localAssociationId ? { id: c.localAssociationId } : null),
};
