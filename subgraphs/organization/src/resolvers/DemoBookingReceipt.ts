import type { DemoBookingReceiptResolvers } from "../__generated__/resolvers-types.js";

/** What bookDemo answers: an echo of the submission, nothing read from an existing lead. */
export interface DemoBookingReceiptModel {
  firstName: string;
  organizationName: string;
  submittedAt: Date;
}

export const DemoBookingReceipt: DemoBookingReceiptResolvers = {
  received: () => true,
};
