/**
 * The operation documents of gateway/operations/ (issue 18 item 6): what the mobile app, the coordinator portal,
 * the admin web and the operator send, from which the persisted manifest is generated. In safelist mode a client
 * can send nothing else, so the documents must cover everything the clients need, and validate.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { buildSchema, Kind, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { OPERATIONS_DIR, buildManifest } from "../src/persisted-manifest.js";
import { PersistedOperations } from "../src/persisted.js";
import { SUPERGRAPH_FILE } from "../src/server.js";
import { uploadMutations } from "../src/uploads.js";

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".graphql") ? [join(dir, e.name)] : [],
  );
const supergraph = readFileSync(SUPERGRAPH_FILE, "utf8");
const manifest = new PersistedOperations(buildManifest());
const names = new Set([...manifest.byId.values()].map((o) => o.name));

/** What a client needs, by screen (issue 18 item 6). */
const NEEDED = {
  "sign-in, refresh, context switch, sign-out": [
    "Login",
    "RefreshSession",
    "SwitchContext",
    "MyMemberships",
    "Logout",
    "Me",
  ],
  "registration (invitations, activities)": [
    "AcceptInvitation",
    "ActivityTypes",
    "MyContacts",
    "RegisterActivity",
    "MyActivities",
  ],
  "quick log and offline sync": ["QuickLog", "SyncActivities"],
  approvals: [
    "ReviewQueue",
    "ApproveActivity",
    "RejectActivity",
    "ApproveActivities",
    "ApproveExpense",
    "RejectExpense",
  ],
  "expenses with receipts": [
    "ExpenseTypes",
    "SubmitExpense",
    "UploadReceipt",
    "Expenses",
    "Reimbursements",
    "CreateReimbursement",
    "ApproveReimbursement",
  ],
  notifications: ["Notifications", "MarkNotificationsRead", "RegisterPushDevice"],
  "courses, notification settings and content (issue 20)": [
    "Courses",
    "CreateCourse",
    "OpenCourse",
    "CloseCourse",
    "CancelCourse",
    "UpdateCourse",
    "EnrollInCourse",
    "MyEnrollments",
    "MyNotificationSettings",
    "SetQuietHours",
    "ToolboxCards",
    "Faq",
    "UpdateToolboxCard",
    "ArchiveToolboxCard",
    "ReorderFaqItems",
  ],
  reports: [
    "MyStatistics",
    "MyWrapped",
    "ActivityStatsByLocalAssociation",
    "TeamStatistics",
    "BufdirReportTotals",
    "ReportDefinitions",
    "RunReportDefinition",
  ],
  "what leaves the platform (issue 21): the Bufdir report, accounting files, Wrapped": [
    "SubmitBufdirReport",
    "BufdirReportRegions",
    "BufdirReportExport",
    "BufdirEvidence",
    "SetAccountingReference",
    "ConfigureAccountingIntegration",
    "CreateAccountingExport",
    "MarkAccountingExportPaid",
    "ComputeWrapped",
  ],
};

describe("gateway/operations", () => {
  it("holds one operation per file (fragments under fragments/), each valid against the committed supergraph", () => {
    const schema = buildSchema(supergraph.replace(/^#.*$/gm, ""), { assumeValidSDL: true });
    const all = files(OPERATIONS_DIR).map((f) => ({
      file: relative(OPERATIONS_DIR, f),
      doc: parse(readFileSync(f, "utf8")),
    }));
    const fragments = all.flatMap(({ doc }) => doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION));
    for (const { file, doc } of all) {
      const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (file.startsWith("fragments/")) expect(ops, file).toHaveLength(0);
      else expect(ops.length, file).toBe(1);
      if (ops.length === 0) continue;
      const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: [...ops, ...fragments] }).filter(
        (e) => !/Fragment ".*" is never used/.test(e.message),
      );
      expect(
        errors.map((e) => e.message),
        file,
      ).toEqual([]);
    }
  });

  it.each(Object.entries(NEEDED))("has what the clients need for %s, in the manifest", (_screen, needed) => {
    expect(needed.filter((n) => !names.has(n))).toEqual([]);
  });

  it("keeps upload operations to one mutation without fragments, as the upload path takes them", () => {
    const uploads = uploadMutations(supergraph);
    const carrying = [...manifest.byId.values()].filter((o) =>
      parse(o.body).definitions.some(
        (d) =>
          d.kind === Kind.OPERATION_DEFINITION &&
          d.selectionSet.selections.some((s) => s.kind === Kind.FIELD && uploads.has(s.name.value)),
      ),
    );
    expect(carrying.map((o) => o.name)).toContain("UploadReceipt");
    for (const o of carrying) expect(parse(o.body).definitions, o.name).toHaveLength(1);
  });
});
