/** The subgraph's resolvers: one object per GraphQL type, each from its own file named after the type. */
import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { AnnualSummary } from "./AnnualSummary.js";
import { AuditEntry } from "./AuditEntry.js";
import { AuditSubject } from "./AuditSubject.js";
import { BufdirEvidence } from "./BufdirEvidence.js";
import { BufdirRegion } from "./BufdirRegion.js";
import { BufdirReport } from "./BufdirReport.js";
import { LocalAssociation } from "./LocalAssociation.js";
import { Mutation } from "./Mutation.js";
import { Query } from "./Query.js";
import { ReportResult } from "./ReportResult.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query,
  Mutation,
  LocalAssociation,
  BufdirReport,
  BufdirRegion,
  BufdirEvidence,
  AuditEntry,
  AuditSubject,
  ReportResult,
  AnnualSummary,
};
