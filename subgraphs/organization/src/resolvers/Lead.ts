import type { LeadResolvers, LeadSource, LeadStatus, OrganizationSize } from "../__generated__/resolvers-types.js";
import { upper } from "../views/enums.js";

export const Lead: LeadResolvers = {
  status: (lead) => upper<LeadStatus>(lead.status),
  source: (lead) => upper<LeadSource>(lead.source),
  organizationSize: (lead) => (lead.organizationSize ? upper<OrganizationSize>(lead.organizationSize) : null),
  demoBookings: (lead, _args, ctx) => ctx.loaders.demoBookingsOf.load(lead.id),
};
