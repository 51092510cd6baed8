import type { ReferralFunnelResolvers } from "../__generated__/resolvers-types.js";
import { conversionRate } from "../domain/referral.js";

export const ReferralFunnel: ReferralFunnelResolvers = {
  clicks: (f) => f.click,
  installs: (f) => f.install,
  registrations: (f) => f.registration,
  firstLogins: (f) => f.first_login,
  activations: (f) => f.activation,
  conversionRate: (f) => conversionRate(f),
};
