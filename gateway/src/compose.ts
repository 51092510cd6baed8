/**
 * Composes the supergraph from the six subgraphs' SDL files with
 * @apollo/composition. The result is committed as gateway/supergraph.graphql;
 * CI runs the check mode, so a schema change that does not compose, or a
 * stale committed file, fails the build and never production.
 */
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { readSubgraphSdl } from "@meander/subgraph-kit";
import { defaultUrl, SUBGRAPHS } from "./subgraphs.js";

export function sdlFile(name: string): URL {
  return new URL(`../../subgraphs/${name}/src/schema.graphql`, import.meta.url);
}

export function composeSupergraph():
  | { ok: true; supergraphSdl: string }
  | { ok: false; errors: string[] } {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({ name: s.name, url: defaultUrl(s.port), typeDefs: parse(readSubgraphSdl(sdlFile(s.name))) })),
  );
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  return { ok: true, supergraphSdl: result.supergraphSdl };
}
