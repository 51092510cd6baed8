import type { DemoBookingConfirmationResolvers, LeadStatus } from "../__generated__/resolvers-types.js";
import { upper } from "../views/enums.js";

/** Only these four fields exist on the type: the rest of the row never leaves the resolver. */
export const DemoBookingConfirmation: DemoBookingConfirmationResolvers = {
  firstName: (lead) => lead.firstName,
  organizationName: (lead) => lead.organizationName,
  status: (lead) => upper<LeadStatus>(lead.status),
  createdAt: (lead) => lead.createdAt,
};
