import type { ReferralLinkResolvers } from "../__generated__/resolvers-types.js";

export const ReferralLink: ReferralLinkResolvers = {
  referrer: (link) => ({ id: link.referrerId }),
  funnel: (link, _args, ctx) => ctx.loaders.funnel.load(link.id),
};
