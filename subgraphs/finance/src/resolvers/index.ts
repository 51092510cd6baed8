import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { Activity } from "./Activity.js";
import { Expense, ExpenseApproval, Receipt } from "./Expense.js";
import { Mutation } from "./Mutation.js";
import { Query } from "./Query.js";
import {
  AccountingExport,
  AccountingReference,
  HonorariumAward,
  HonorariumProgress,
  HonorariumTier,
  Reimbursement,
  ReimbursementApproval,
} from "./Reimbursement.js";

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
