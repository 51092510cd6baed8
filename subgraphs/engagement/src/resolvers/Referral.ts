import type {
  FaqItemResolvers,
  ReferralFunnelResolvers,
  ReferralLinkResolvers,
} from "../__generated__/resolvers-types.js";
import { conversionRate } from "../domain/referral.js";

export const ReferralLink: ReferralLinkResolvers = {
  referrer: (link) => ({ id: link.referrerId }),
  funnel: (link, _args, ctx) => ctx.loaders.funnel.load(link.id),
};

export const ReferralFunnel: ReferralFunnelResolvers = {
  clicks: (f) => f.click,
  installs: (f) => f.install,
  registrations: (f) => f.registration,
  firstLogins: (f) => f.first_login,
  activations: (f) => f.activation,
  conversionRate: (f) => conversionRate(f),
};

export const FaqItem: FaqItemResolvers = {
  forAllOrganizations: (item) => item.organizationId === null,
};
