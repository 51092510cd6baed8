/**
 * Composes the supergraph from the six subgraphs' SDL files with
 * @apollo/composition. The result is committed as gateway/supergraph.graphql;
 * CI runs the check mode, so a schema change that does not compose, or a
 * stale committed file, fails the build and never production.
 */
import { composeServices } from "@apollo/composition";
import { lexicographicSortSchema, parse, printSchema } from "graphql";
import { readSubgraphSdl } from "@meander/subgraph-kit";
import { defaultUrl, SUBGRAPHS } from "./subgraphs.js";

export function sdlFile(name: string): URL {
  return new URL(`../../subgraphs/${name}/src/schema.graphql`, import.meta.url);
}

/**
 * `apiSchemaSdl`: the API schema, the supergraph as a client sees it (no join directives, no
 * @inaccessible), printed sorted so it diffs well. `sdlOf` reads a subgraph's SDL (default: its files).
 */
export function composeSupergraph(
  sdlOf: (name: string) => string = (name) => readSubgraphSdl(sdlFile(name)),
): { ok: true; supergraphSdl: string; apiSchemaSdl: string } | { ok: false; errors: string[] } {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({ name: s.name, url: defaultUrl(s.port), typeDefs: parse(sdlOf(s.name)) })),
  );
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  const apiSchemaSdl = printSchema(lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema()));
  return { ok: true, supergraphSdl: result.supergraphSdl, apiSchemaSdl };
}
