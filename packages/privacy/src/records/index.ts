import type { SubgraphRecords } from "../types.js";
import { activity } from "./activity.js";
import { engagement } from "./engagement.js";
import { finance } from "./finance.js";
import { identity } from "./identity.js";
import { organization } from "./organization.js";
import { reporting } from "./reporting.js";

/** The record of processing of every subgraph, in the gateway's order. */
export const RECORDS: SubgraphRecords[] = [identity, organization, activity, finance, engagement, reporting];
