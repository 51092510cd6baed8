/**
 * A subgraph's SDL: `src/schema.graphql` plus every `src/schema/*.graphql`
 * beside it (sorted by name), so a subgraph with many areas keeps one file per
 * area. The service, the composition and codegen (`codegen.yml` lists both
 * globs) read the same files.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";

export function readSubgraphSdl(schemaFile: URL): string {
  const parts = [readFileSync(schemaFile, "utf8")];
  const dir = new URL("./schema/", schemaFile);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith(".graphql"))
      .sort()) {
      parts.push(readFileSync(new URL(name, dir), "utf8"));
    }
  }
  return parts.join("\n");
}
