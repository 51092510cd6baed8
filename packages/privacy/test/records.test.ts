/**
 * The record of processing against the code: walks every subgraph's Drizzle schema (a pure walk, no database)
 * and fails on a personal-looking column without an entry, any column of a table marked personal without one,
 * and an entry whose table or column no longer exists, naming schema.table.column.
 */
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as activity from "../../../subgraphs/activity/src/db/schema/index.js";
import * as engagement from "../../../subgraphs/engagement/src/db/schema/index.js";
import * as finance from "../../../subgraphs/finance/src/db/schema/index.js";
import * as identity from "../../../subgraphs/identity/src/db/schema/index.js";
import * as organization from "../../../subgraphs/organization/src/db/schema/index.js";
import * as reporting from "../../../subgraphs/reporting/src/db/schema/index.js";
import { checkRecords, RECORDS, recordsOfProcessing, type SubgraphRecords, type TableShape } from "../src/index.js";

const SCHEMAS: Record<string, Record<string, unknown>> = {
  identity,
  organization,
  activity,
  finance,
  engagement,
  reporting,
};

function tablesOf(module: Record<string, unknown>, schema: string): TableShape[] {
  return Object.values(module)
    .filter((v): v is PgTable => is(v, PgTable))
    .map((t) => getTableConfig(t))
    .filter((c) => c.schema === schema)
    .map((c) => ({ name: c.name, columns: c.columns.map((col) => col.name) }));
}

describe("record of processing", () => {
  it("covers every subgraph", () => {
    expect(RECORDS.map((r) => r.subgraph).sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  it.each(RECORDS.map((r) => [r.subgraph, r] as const))(
    "%s: every personal column has an entry, every entry a column",
    (name, record) => {
      expect(checkRecords(record, tablesOf(SCHEMAS[name]!, record.schema))).toEqual([]);
    },
  );

  it("names the table.column of a new personal column, a stale entry, and a wrong encryption flag", () => {
    const record: SubgraphRecords = {
      subgraph: "x",
      schema: "x",
      tables: {
        people: {
          purpose: RECORDS[0]!.tables.users!.purpose,
          subjects: ["USER"],
          personal: true,
          columns: {
            id: { category: "REFERENCE" },
            gone: { category: "FREE_TEXT" },
            health_enc: { category: "SPECIAL_CATEGORY" },
          },
        },
      },
      notPersonal: { "things.name": "Navn på en ting." },
    };
    const tables = [
      { name: "people", columns: ["id", "created_at", "health_enc"] },
      { name: "things", columns: ["id", "name", "diagnosis"] },
    ];
    expect(checkRecords(record, tables).sort()).toEqual([
      "x.people.created_at: no entry (the table is marked personal)",
      "x.people.gone: recorded, but the column no longer exists",
      "x.people.health_enc: encrypted is false, but the column name says otherwise",
      "x.things.diagnosis: looks personal but has no entry",
    ]);
  });

  it("summarizes categories per subgraph with purpose, legal ground and retention", () => {
    const activityView = recordsOfProcessing().find((r) => r.subgraph === "activity")!;
    expect(activityView.categories).toContain("SPECIAL_CATEGORY");
    expect(activityView.categories).not.toContain("ORGANIZATIONAL");
    const contacts = activityView.tables.find((t) => t.table === "activity.contacts")!;
    expect(contacts.legalGrounds).toContain("GDPR_9_2_A_EXPLICIT_CONSENT");
    expect(contacts.columns.find((c) => c.name === "health_info_enc")).toMatchObject({
      category: "SPECIAL_CATEGORY",
      encrypted: true,
    });
  });
});
