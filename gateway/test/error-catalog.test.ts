/**
 * The error catalog (issue 22 item 2): docs/errors.md is generated from the code (scripts/error-catalog.ts)
 * and fails here when stale, like the supergraph; a rule or code added in a scratch copy shows how.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildCatalog, CATALOG_PATH, collectRules, unnamedRefusals } from "../scripts/error-catalog.js";
import { API_SCHEMA_PATH } from "../scripts/schema-check.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A scratch repository with one subgraph whose domain holds `source`. */
function scratch(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "error-catalog-"));
  dirs.push(dir);
  for (const d of ["subgraphs/demo/src/domain", "packages", "gateway/src"])
    mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(join(dir, "subgraphs/demo/src/domain/rules.ts"), source);
  return dir;
}
const SDL =
  'type Query { a: Int }\ntype Mutation {\n  "Refused by `brand_new_rule` (BAD_USER_INPUT)."\n  doIt: Int\n}\n';

describe("docs/errors.md", () => {
  it("is the catalog generated from the code now (run `pnpm compose`)", () => {
    const api = readFileSync(join(root, API_SCHEMA_PATH), "utf8");
    const generated = buildCatalog(root, api);
    expect(readFileSync(join(root, CATALOG_PATH), "utf8")).toBe(generated);
    for (const code of [
      "UNAUTHENTICATED",
      "FORBIDDEN",
      "BAD_USER_INPUT",
      "NOT_FOUND",
      "CONFLICT",
      "RATE_LIMITED",
      "PAYLOAD_TOO_LARGE",
      "SERVICE_UNAVAILABLE",
    ]) {
      expect(generated).toContain(`| \`${code}\` |`);
    }
    expect(generated).toContain(
      "| `duration_range` | BAD_USER_INPUT | durationMinutes | Varigheten må være … til … minutter |",
    );
  });

  it("a rule added to a domain function appears with its code, field, message and the operations naming it", () => {
    const dir = scratch(
      'export const f = () => ({ rule: "brand_new_rule", field: "when", message: `At most ${3} days` });\n',
    );
    const catalog = buildCatalog(dir, SDL);
    expect(catalog).toContain(
      "| `brand_new_rule` | BAD_USER_INPUT | when | At most … days | `Mutation.doIt` | subgraphs/demo (`src/domain/rules.ts`) |",
    );
    expect(buildCatalog(scratch("export const nothing = 1;\n"), SDL)).not.toContain("brand_new_rule");
  });

  it("a new code needs a meaning before the catalog is written", () => {
    const dir = scratch('export const e = { extensions: { code: "BRAND_NEW_CODE" } };\n');
    expect(() => buildCatalog(dir, SDL)).toThrow(/BRAND_NEW_CODE/);
  });

  it("every FORBIDDEN and CONFLICT names its rule, and the message catalog words each rule in nb, nn and en", () => {
    expect(unnamedRefusals(root)).toEqual([]);
    const messages = readdirSync(join(root, "packages/messages/src"))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => readFileSync(join(root, "packages/messages/src", f), "utf8"))
      .join("\n");
    const unworded = [...collectRules(root).rules]
      .filter(([, uses]) => [...uses.values()].some((u) => u.codes.has("FORBIDDEN") || u.codes.has("CONFLICT")))
      .map(([rule]) => rule)
      .filter((rule) => !new RegExp(`"refusal\\.${rule}[".]`).test(messages));
    expect(unworded).toEqual([]);
    // The scan finds what it is meant to (a scratch source with one of each kind).
    const dir = scratch(
      'throw forbidden("x");\nthrow new GraphQLError("y", {\n  extensions: { code: "CONFLICT" },\n});\nthrow new GraphQLError("z", { extensions: { code: "CONFLICT", rule: "r" } });\nthrow forbiddenBy("r", "ok");\n',
    );
    expect(unnamedRefusals(dir)).toEqual([
      "subgraphs/demo/src/domain/rules.ts:1",
      "subgraphs/demo/src/domain/rules.ts:2",
    ]);
  });
});
