/** The subgraph's resolvers: one object per GraphQL type, each from its own file named after the type. */
import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { AccountingExport } from "./AccountingExport.js";
import { AccountingReference } from "./AccountingReference.js";
import { Activity } from "./Activity.js";
import { Expense } from "./Expense.js";
import { ExpenseApproval } from "./ExpenseApproval.js";
import { HonorariumAward } from "./HonorariumAward.js";
import { HonorariumProgress } from "./HonorariumProgress.js";
import { HonorariumTier } from "./HonorariumTier.js";
import { Mutation } from "./Mutation.js";
import { Query } from "./Query.js";
import { Receipt } from "./Receipt.js";
import { Reimbursement } from "./Reimbursement.js";
import { ReimbursementApproval } from "./ReimbursementApproval.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query,
  Mutation,
  Expense,
  ExpenseApproval,
  Receipt,
  Activity,
  Reimbursement,
  ReimbursementApproval,
  AccountingExport,
  AccountingReference,
  HonorariumAward,
  HonorariumProgress,
  HonorariumTier,
};
