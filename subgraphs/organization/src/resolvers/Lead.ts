import type {
  DemoBookingConfirmationResolvers,
  DemoBookingReceiptResolvers,
  LeadResolvers,
  LeadSource,
  LeadStatus,
  OrganizationSize,
} from "../__generated__/resolvers-types.js";

/** What bookDemo answers: an echo of the submission, nothing read from an existing lead. */
export interface DemoBookingReceiptModel {
  firstName: string;
  organizationName: string;
  submittedAt: Date;
}

// Enums are stored lower-case and exposed upper-case.
const upper = <T extends string>(value: string): T => value.toUpperCase() as T;

export const Lead: LeadResolvers = {
  status: (lead) => upper<LeadStatus>(lead.status),
  source: (lead) => upper<LeadSource>(lead.source),
  organizationSize: (lead) => (lead.organizationSize ? upper<OrganizationSize>(lead.organizationSize) : null),
  demoBookings: (lead, _args, ctx) => ctx.loaders.demoBookingsOf.load(lead.id),
};

/** Only these four fields exist on the type: the rest of the row never leaves the resolver. */
export const DemoBookingConfirmation: DemoBookingConfirmationResolvers = {
  firstName: (lead) => lead.firstName,
  organizationName: (lead) => lead.organizationName,
  status: (lead) => upper<LeadStatus>(lead.status),
  createdAt: (lead) => lead.createdAt,
};

export const DemoBookingReceipt: DemoBookingReceiptResolvers = {
  received: () => true,
};
