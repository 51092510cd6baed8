import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { AuditEntry, AuditSubject } from "./AuditEntry.js";
import { BufdirEvidence, BufdirRegion, BufdirReport } from "./BufdirReport.js";
import { LocalAssociation } from "./LocalAssociation.js";
import { Mutation } from "./Mutation.js";
import { Query } from "./Query.js";
import { ReportResult } from "./ReportDefinition.js";
import { AnnualSummary, statisticsMutation, statisticsQuery } from "./statistics.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query: { ...Query, ...statisticsQuery },
  Mutation: { ...Mutation, ...statisticsMutation },
  LocalAssociation,
  BufdirReport,
  BufdirRegion,
  BufdirEvidence,
  AuditEntry,
  AuditSubject,
  ReportResult,
  AnnualSummary,
};
