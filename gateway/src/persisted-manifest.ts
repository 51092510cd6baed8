/**
 * Builds the persisted operation manifest (Apollo's format) from the
 * `.graphql` documents under gateway/operations/ (the mobile apps' and the
 * admin reports' operations). Each named operation becomes one entry whose
 * body is the printed operation followed by the fragments it uses (sorted by
 * name), and whose id is the sha256 of that body. Every operation is validated
 * against the committed supergraph, so a manifest never holds an operation the
 * gateway would refuse as invalid. `pnpm persisted` writes the file,
 * `pnpm persisted:check` (and test/persisted.test.ts) fails when it is stale.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildSchema,
  Kind,
  parse,
  print,
  validate,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from "graphql";
import { MANIFEST_FORMAT, sha256Hex, type PersistedManifest, type PersistedOperation } from "./persisted.js";
import { SUPERGRAPH_FILE } from "./server.js";

export const OPERATIONS_DIR = fileURLToPath(new URL("../operations", import.meta.url));

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? graphqlFiles(join(dir, e.name)) : e.name.endsWith(".graphql") ? [join(dir, e.name)] : [],
    )
    .sort();
}

/** The fragments an operation uses, transitively, sorted by name. */
function usedFragments(
  node: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (n: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(n, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const def = fragments.get(name);
        if (!def) throw new Error(`unknown fragment ${name}`);
        if (!used.has(name)) {
          used.set(name, def);
          walk(def);
        }
      },
    });
  walk(node);
  return [...used.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
}

export function buildManifest(
  dir = OPERATIONS_DIR,
  supergraphSdl = readFileSync(SUPERGRAPH_FILE, "utf8"),
): PersistedManifest {
  const schema = buildSchema(supergraphSdl.replace(/^#.*$/gm, ""), { assumeValidSDL: true });
  const docs = graphqlFiles(dir).map((file) => ({ file: relative(dir, file), doc: parse(readFileSync(file, "utf8")) }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { doc } of docs)
    for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operations: PersistedOperation[] = [];
  const names = new Set<string>();
  for (const { file, doc } of docs) {
    for (const op of doc.definitions) {
      if (op.kind !== Kind.OPERATION_DEFINITION) continue;
      if (!op.name) throw new Error(`${file}: every persisted operation needs a name`);
      if (names.has(op.name.value)) throw new Error(`${file}: operation ${op.name.value} defined twice`);
      names.add(op.name.value);
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...usedFragments(op, fragments)] };
      const errors = validate(schema, document);
      if (errors.length)
        throw new Error(`${file}: ${op.name.value} is invalid: ${errors.map((e) => e.message).join("; ")}`);
      const body = print(document);
      operations.push({ id: sha256Hex(body), name: op.name.value, type: op.operation, body });
    }
  }
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { format: MANIFEST_FORMAT, version: 1, operations };
}

export const manifestText = (m: PersistedManifest) => JSON.stringify(m, null, 2) + "\n";
