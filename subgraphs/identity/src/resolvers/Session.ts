import type { SessionResolvers } from "../__generated__/resolvers-types.js";

export const Session: SessionResolvers = {
  current: (session, _args, ctx) => session.current ?? session.id === ctx.viewer?.sessionId,
};
