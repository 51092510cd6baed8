/**
 * Schema checks like the ecosystem's (issue 22 item 3): `compose:check` compares the API schema with git
 * history (scripts/schema-check.ts, GraphQL Inspector's diff) and fails on a breaking change that
 * gateway/SCHEMA-CHANGELOG.md does not name. The real SDL files are never edited: a changed copy is composed.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, print, visit, type ObjectTypeDefinitionNode } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { readSubgraphSdl } from "@meander/subgraph-kit";
import { composeSupergraph, sdlFile } from "../src/compose.js";
import { API_SCHEMA_PATH, breakingChanges, comparisonsFromGit, unacknowledged } from "../scripts/schema-check.js";

const committedApi = readFileSync(new URL(`../../${API_SCHEMA_PATH}`, import.meta.url), "utf8");
const apiBody = (file: string) => file.replace(/^#.*\n/, "").trimEnd();

/** identity's SDL without its first `type Query` field: [the changed SDL, the removed field's name]. */
function identityWithoutAQueryField(): [string, string] {
  let removed = "";
  const doc = visit(parse(readSubgraphSdl(sdlFile("identity"))), {
    ObjectTypeDefinition(node: ObjectTypeDefinitionNode) {
      if (node.name.value !== "Query" || removed || !node.fields?.length) return undefined;
      removed = node.fields[0]!.name.value;
      return { ...node, fields: node.fields.slice(1) };
    },
  });
  return [print(doc), removed];
}

const compose = (identity?: string) => {
  const r = composeSupergraph((name) => (name === "identity" && identity ? identity : readSubgraphSdl(sdlFile(name))));
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.apiSchemaSdl;
};

describe("the API schema against its baseline", () => {
  const current = compose();
  const [withoutField, field] = identityWithoutAQueryField();
  const changed = compose(withoutField);

  it("the committed API schema is the one composed now", () => {
    expect(apiBody(committedApi)).toBe(current.trimEnd());
  });

  it("a field removed from a subgraph's SDL fails, naming it, unless the changelog names it", async () => {
    expect(field).not.toBe("");
    const comparison = { label: "test", older: current, newer: changed };
    const found = await unacknowledged([comparison], "");
    expect(found.map((b) => b.coordinate)).toEqual([`Query.${field}`]);
    expect(found[0]!.message).toContain(field);
    expect(
      await unacknowledged([comparison], `## 2026-12-07\n- \`Query.${field}\` removed: use \`Query.other\`.\n`),
    ).toEqual([]);
  });

  it("additions are not breaking; retyping and required inputs are", async () => {
    expect(await unacknowledged([{ label: "added", older: changed, newer: current }], "")).toEqual([]);
    const before = "type Query { a(x: Int): Int, b: String }\ninput I { f: Int }\ntype Mutation { m(i: I): Int }";
    const after = "type Query { a(x: Int!): Int, b: Int }\ninput I { f: Int! }\ntype Mutation { m(i: I): Int }";
    const paths = (await breakingChanges(before, after)).map((c) => c.path).sort();
    expect(paths).toEqual(["I.f", "Query.a.x", "Query.b"]);
  });
});

describe("the baseline comes from git history", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const git = (cwd: string, ...args: string[]) =>
    execFileSync(
      "git",
      ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "init.defaultBranch=main", ...args],
      { cwd, encoding: "utf8", stdio: "pipe" },
    );
  const v1 = "type Query {\n  a: Int\n  b: String\n}\n";
  const v2 = "type Query {\n  a: Int\n}\n";

  /** A repository whose API schema lost `Query.b` in its last commit, the file regenerated with it. */
  function repository(): string {
    const root = mkdtempSync(join(tmpdir(), "schema-check-"));
    dirs.push(root);
    mkdirSync(join(root, "gateway"));
    git(root, "init", "-q");
    for (const [i, sdl] of [v1, v2].entries()) {
      writeFileSync(join(root, API_SCHEMA_PATH), sdl);
      git(root, "add", "-A");
      git(root, "commit", "-q", "-m", `v${i + 1}`);
    }
    return root;
  }

  it("a breaking change committed with a regenerated baseline is still found in the commit that made it", async () => {
    const root = repository();
    const { comparisons, warnings } = comparisonsFromGit(root, v2, v2);
    expect(warnings).toEqual([]);
    const found = await unacknowledged(comparisons, "");
    expect(found.map((b) => b.coordinate)).toEqual(["Query.b"]);
    expect(found[0]!.label).toMatch(/\^ → /);
    expect(await unacknowledged(comparisons, "- `Query.b` removed")).toEqual([]);
  });

  it("a shallow clone falls back to the committed file with a warning", async () => {
    const origin = repository();
    const clone = mkdtempSync(join(tmpdir(), "schema-check-clone-"));
    dirs.push(clone);
    git(clone, "clone", "-q", "--depth", "1", `file://${origin}`, ".");
    const { comparisons, warnings } = comparisonsFromGit(clone, v2, v2);
    expect(warnings.join("\n")).toContain("shallow clone");
    expect(await unacknowledged(comparisons, "")).toEqual([]);
    // What is not yet committed is still compared with HEAD's file.
    expect(
      (await unacknowledged(comparisonsFromGit(clone, "type Query {\n  c: Int\n}\n", v2).comparisons, "")).map(
        (b) => b.coordinate,
      ),
    ).toEqual(["Query.a"]);
  });
});
