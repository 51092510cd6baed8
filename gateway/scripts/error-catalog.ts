/**
 * The error catalog (issue 22 item 2): docs/errors.md, generated from the code. `pnpm compose` writes it
 * (scripts/compose.ts); `compose:check` and test/error-catalog.test.ts fail when it is stale (like the supergraph).
 *
 * - Codes: the public codes (@meander/auth PUBLIC_ERROR_CODES), the gateway's own (limits, persisted
 *   operations) and every `code: "..."` in the sources; each needs a meaning in MEANINGS below (a new code
 *   without one fails the generation).
 * - Rules: every rule name the sources answer (`rule: "..."`, `badInput("...")`, `violation("...")`, ...) in
 *   subgraphs/<name>/src and packages/<name>/src, tests left out, with the code, field and message written
 *   beside it, and the operations: the root fields of the API schema whose description names the rule.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { buildSchema, type GraphQLObjectType } from "graphql";
import { PUBLIC_ERROR_CODES } from "@meander/auth";
import { LIMIT_CODES } from "../src/limits.js";
import { PERSISTED_CODES } from "../src/persisted.js";
import { ruleContexts } from "./rule-contexts.js";

export const CATALOG_PATH = "docs/errors.md";

/** What each code means to a client. */
const MEANINGS: Record<string, string> = {
  UNAUTHENTICATED:
    "No valid access token: missing, expired, malformed, or its session was revoked (HTTP 401). Sign in or refresh.",
  FORBIDDEN:
    "Signed in, but the role, scope (organization, local association, own records) or `rule` does not allow this.",
  BAD_USER_INPUT:
    "The input breaks a rule: `rule` names it, `field` the input field (of the first fault); `violations` lists every fault at once as `{ field, rule, message }` (a bulk row's field as `activities[i].field`, its `rows` as before). Nothing was saved.",
  NOT_FOUND: "The record does not exist, or is not visible to the caller (other tenants' records answer the same).",
  CONFLICT:
    "The change collides with the current state (already exists, changed meanwhile, a unique name taken). Reload and retry.",
  REQUEST_ROLLED_BACK:
    "Another part of the same request failed, so this part's changes were rolled back too; nothing was saved.",
  RATE_LIMITED:
    "Too many attempts (sign-in, invitations, ...) from this client or account; retry after the time given.",
  GRAPHQL_VALIDATION_FAILED: "The operation does not validate against the schema.",
  GRAPHQL_PARSE_FAILED: "The operation text does not parse.",
  BAD_REQUEST:
    "The HTTP request is malformed (not JSON, wrong path for an upload, a persisted hash that does not match its text).",
  PERSISTED_QUERY_NOT_FOUND:
    "The persisted operation id is not registered: send a registered id (gateway/persisted-operations.json).",
  PERSISTED_QUERY_NOT_SUPPORTED: "Persisted operations are not accepted for this request.",
  PERSISTED_QUERY_NOT_IN_LIST: "Safelist mode: only registered persisted operations are accepted.",
  OPERATION_RESOLUTION_FAILURE: "The operation name does not match an operation in the document.",
  DATA_INTEGRITY: "Stored data failed its integrity check (an encrypted value that does not belong to its record).",
  PAYLOAD_TOO_LARGE: "A body or file over its limit (`field`, `limit` in bytes; HTTP 413).",
  SERVICE_UNAVAILABLE:
    "A service the request needs is down or too slow (`service`, Retry-After; HTTP 503). Safe to retry later.",
  FEATURE_DISABLED:
    "The organization has switched the capability off (`flag` names the feature flag); an organization administrator can switch it on.",
  INTERNAL_SERVER_ERROR:
    "An unexpected failure; the message is masked and the details are in the server log under the request id.",
  QUERY_TOO_DEEP: "Gateway limit: fields nested deeper than MAX_QUERY_DEPTH.",
  TOO_MANY_ALIASES: "Gateway limit: more aliases than MAX_QUERY_ALIASES.",
  TOO_MANY_DIRECTIVES: "Gateway limit: more directives than MAX_QUERY_DIRECTIVES.",
  TOO_MANY_TOKENS: "Gateway limit: a document longer than MAX_QUERY_TOKENS tokens.",
  QUERY_TOO_COSTLY: "Gateway limit: the operation's cost (lists weighted by page size) is over MAX_QUERY_COST.",
  INTROSPECTION_DISABLED:
    "Production: introspection only for INTROSPECTION_ROLES or an integrator key (`x-introspection-key`).",
};

const RULE_PATTERNS = [
  /\brule:\s*"([a-z][a-z0-9_]*)"/g,
  /\b(?:badInput|violation|refuse|add|forbiddenBy|conflictBy)\(\s*"([a-z][a-z0-9_]*)"/g,
  /\bnew UploadRejectedError\(\s*"([a-z][a-z0-9_]*)"/g,
  /\bextensions\["rule"\]\s*=\s*"([a-z][a-z0-9_]*)"/g,
  // fail("forbidden" | "conflict" | "bad_input", "rule", "field", "message") (organization's domain decisions)
  /\bfail\(\s*"(?:forbidden|conflict|bad_input)",\s*"([a-z][a-z0-9_]*)"/g,
  // checkLength(value, max, "rule", "field") / tooLong(value, max, "rule", "field") (length rules)
  /\b(?:checkLength|tooLong)\(\s*[\w.?]+,\s*[\w.]+,\s*"([a-z][a-z0-9_]*)"/g,
];

/** The code a rule is answered with, from what its line writes (`code: "..."`, the throwing helper, fail's kind). */
function codeOn(line: string): string {
  const written = /\bcode:\s*"([A-Z_]+)"/.exec(line)?.[1];
  if (written) return written;
  if (/\b(?:forbiddenBy|forbiddenFrom)\(|\bfail\(\s*"forbidden"|\bkind:\s*"forbidden"/.test(line)) return "FORBIDDEN";
  if (/\bfail\(\s*"conflict"|\bconflict(?:From|By)?\(|\bkind:\s*"conflict"/.test(line)) return "CONFLICT";
  if (/\bUploadRejectedError\(\s*"upload_too_large"/.test(line)) return "PAYLOAD_TOO_LARGE";
  return "BAD_USER_INPUT";
}
const CODE_PATTERN = /\bcode:\s*"([A-Z][A-Z_]+)"/g;

export interface RuleUse {
  subgraph: string;
  file: string;
  codes: Set<string>;
  fields: Set<string>;
  messages: Set<string>;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && e.name !== "__generated__" && e.name !== "test") out.push(...sources(p));
    } else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) out.push(p);
  }
  return out.sort();
}

const roots = (root: string) =>
  ["subgraphs", "packages"].flatMap((top) =>
    readdirSync(join(root, top), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => ({ name: `${top}/${e.name}`, src: join(root, top, e.name, "src") }))
      .filter((p) => {
        try {
          return readdirSync(p.src).length > 0;
        } catch {
          return false;
        }
      }),
  );

/** A template literal's interpolations as "…" (values known only at run time), nested braces and strings included. */
function withoutInterpolations(template: string): string {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    if (template[i] !== "$" || template[i + 1] !== "{") {
      out += template[i];
      continue;
    }
    let depth = 0;
    for (i += 1; i < template.length; i++) {
      if (template[i] === "{") depth++;
      else if (template[i] === "}" && --depth === 0) break;
    }
    out += "…";
  }
  return out;
}

/**
 * The message written on a line: `message: "..."`/`` `...` ``, the second argument of forbiddenBy/conflictBy("rule", "..."),
 * or the third of badInput("rule", "field", "...").
 */
function messageOn(line: string): string | undefined {
  const start =
    /\bmessage:\s*(["`])/.exec(line) ??
    /\b(?:forbiddenBy|conflictBy)\(\s*"[a-z0-9_]+",\s*(["`])/.exec(line) ??
    /\(\s*"[a-z0-9_]+",\s*"[^"]*",\s*(["`])/.exec(line);
  if (!start) return undefined;
  const quote = start[1]!;
  const from = start.index + start[0].length;
  if (quote === '"') return line.slice(from, line.indexOf('"', from));
  // The template's end: the first backtick outside an interpolation.
  let depth = 0;
  for (let i = from; i < line.length; i++) {
    if (line[i] === "$" && line[i + 1] === "{") depth++;
    else if (line[i] === "}" && depth > 0) depth--;
    else if (line[i] === "`" && depth === 0) return withoutInterpolations(line.slice(from, i));
  }
  return withoutInterpolations(line.slice(from));
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const list = (s: Iterable<string>) => [...s].sort().join(", ");

/** Every rule the sources under `root` answer (by name, per package), and every code they write. */
export function collectRules(root: string): { rules: Map<string, Map<string, RuleUse>>; codes: Set<string> } {
  const rules = new Map<string, Map<string, RuleUse>>();
  const codes = new Set<string>([
    ...PUBLIC_ERROR_CODES,
    ...PERSISTED_CODES,
    ...Object.values(LIMIT_CODES),
    "INTERNAL_SERVER_ERROR",
  ]);
  const codeSources = [...roots(root), { name: "gateway", src: join(root, "gateway/src") }];
  for (const pkg of codeSources) {
    for (const file of sources(pkg.src)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(CODE_PATTERN)) codes.add(m[1]!);
      const found = RULE_PATTERNS.flatMap((pattern) =>
        [...text.matchAll(pattern)].map((m) => ({ name: m[1]!, at: m.index + m[0].lastIndexOf(`"${m[1]}"`) })),
      ).sort((a, b) => a.at - b.at);
      const contexts = ruleContexts(
        text,
        found.map((f) => f.at),
      );
      found.forEach(({ name }, i) => {
        const line = contexts[i]!;
        const rel = relative(root, file);
        const uses = rules.get(name) ?? new Map<string, RuleUse>();
        rules.set(name, uses);
        const use = uses.get(pkg.name) ?? {
          subgraph: pkg.name,
          file: rel,
          codes: new Set(),
          fields: new Set(),
          messages: new Set(),
        };
        uses.set(pkg.name, use);
        use.codes.add(codeOn(line));
        const field =
          /\bfield:\s*"([A-Za-z0-9_.]+)"/.exec(line)?.[1] ??
          new RegExp(`"${name}",\\s*"([A-Za-z0-9_.]+)"`).exec(line)?.[1];
        if (field) use.fields.add(field);
        const message = messageOn(line);
        if (message && use.messages.size < 2) use.messages.add(message);
      });
    }
  }
  return { rules, codes };
}

/**
 * FORBIDDEN and CONFLICT refusals thrown without a rule (issue 20: each names its rule, so people read the
 * catalog's text of it, not a general one): a `forbidden(`/`conflict(` helper call, or a GraphQLError or PublicError whose
 * extensions say FORBIDDEN or CONFLICT but carry no `rule`. As `file:line` under `root`.
 */
export function unnamedRefusals(root: string): string[] {
  const found: string[] = [];
  for (const pkg of [...roots(root), { name: "gateway", src: join(root, "gateway/src") }]) {
    for (const file of sources(pkg.src)) {
      const text = readFileSync(file, "utf8");
      const at = (index: number) => `${relative(root, file)}:${text.slice(0, index).split("\n").length}`;
      for (const m of text.matchAll(/(?<![\w.])(?:forbidden|conflict)\(/g)) found.push(at(m.index));
      for (const m of text.matchAll(/new (?:GraphQLError|PublicError)\(/g)) {
        let depth = 0;
        let end = m.index + m[0].length - 1;
        for (; end < text.length; end++) {
          if (text[end] === "(") depth++;
          else if (text[end] === ")" && --depth === 0) break;
        }
        const call = text.slice(m.index, end);
        if (/code:\s*"(?:FORBIDDEN|CONFLICT)"/.test(call) && !/\brule\b/.test(call)) found.push(at(m.index));
      }
    }
  }
  return found;
}

/** The catalog's Markdown, from the sources under `root` and the API schema's descriptions. */
export function buildCatalog(root: string, apiSchemaSdl: string): string {
  const { rules, codes } = collectRules(root);
  const missing = [...codes].filter((c) => !MEANINGS[c]).sort();
  if (missing.length)
    throw new Error(`error codes without a meaning in gateway/scripts/error-catalog.ts: ${missing.join(", ")}`);

  const schema = buildSchema(apiSchemaSdl);
  const rootFields = [schema.getQueryType(), schema.getMutationType()]
    .filter((t): t is GraphQLObjectType => !!t)
    .flatMap((t) =>
      Object.values(t.getFields()).map((f) => ({ name: `${t.name}.${f.name}`, description: f.description ?? "" })),
    );
  const operationsOf = (rule: string) =>
    rootFields.filter((f) => new RegExp(`\\b${rule}\\b`).test(f.description)).map((f) => `\`${f.name}\``);

  const out = [
    "# Error catalog",
    "",
    "<!-- Generated by `pnpm compose` (gateway/scripts/error-catalog.ts). Do not edit. -->",
    "",
    "Every error carries `extensions.code`; a refusal by a business rule also carries `extensions.rule`",
    "(and `field`, the input field). Messages are for people (Norwegian bokmål by default); clients branch on",
    "the code and the rule. Built from the code: a rule or code added without regenerating this page fails `npm test`.",
    "",
    "## Codes",
    "",
    "| Code | Meaning |",
    "| --- | --- |",
    ...[...codes].sort().map((c) => `| \`${c}\` | ${cell(MEANINGS[c]!)} |`),
    "",
    "## Rules",
    "",
    "Operations: the root fields whose description names the rule (the schema's descriptions list the rules that",
    "can refuse a mutation). Where: the package that answers it, and the first source file it is written in.",
    "",
    "| Rule | Codes | Fields | Message (as written in the code) | Operations | Where |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const [name, uses] of [...rules].sort(([a], [b]) => a.localeCompare(b))) {
    const all = [...uses.values()];
    const union = (pick: (u: RuleUse) => Set<string>) => new Set(all.flatMap((u) => [...pick(u)]));
    const messages = [...union((u) => u.messages)].slice(0, 2).join(" / ");
    out.push(
      `| \`${name}\` | ${list(union((u) => u.codes))} | ${list(union((u) => u.fields))} | ${cell(messages)} | ${operationsOf(name).join(", ")} | ${all.map((u) => `${u.subgraph} (\`${u.file.replace(`${u.subgraph}/`, "")}\`)`).join(", ")} |`,
    );
  }
  return `${out.join("\n")}\n`;
}
