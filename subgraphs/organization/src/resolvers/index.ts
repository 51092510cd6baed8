/** The subgraph's resolvers: one object per GraphQL type, each from its own file named after the type. */
import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { AccountingIntegration } from "./AccountingIntegration.js";
import { DemoBookingConfirmation } from "./DemoBookingConfirmation.js";
import { DemoBookingReceipt } from "./DemoBookingReceipt.js";
import { ErasureRequest } from "./ErasureRequest.js";
import { Invitation } from "./Invitation.js";
import { Lead } from "./Lead.js";
import { LocalAssociation } from "./LocalAssociation.js";
import { Membership } from "./Membership.js";
import { Mutation } from "./Mutation.js";
import { Organization } from "./Organization.js";
import { OrganizationSettings } from "./OrganizationSettings.js";
import { Query } from "./Query.js";
import { Region } from "./Region.js";
import { SettingsChange } from "./SettingsChange.js";
import { User } from "./User.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query,
  Mutation,
  Organization,
  OrganizationSettings,
  AccountingIntegration,
  SettingsChange,
  Region,
  LocalAssociation,
  Membership,
  Invitation,
  User,
  Lead,
  DemoBookingConfirmation,
  DemoBookingReceipt,
  ErasureRequest,
};
