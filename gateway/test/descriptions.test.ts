/**
 * Issue 22 item 1: every type, field, argument, input field and enum value of the API schema (the supergraph as a
 * client sees it in Apollo Sandbox) has a description. The bar is 100%: no exception list is needed today.
 */
import { readFileSync } from "node:fs";
import { parse, print, visit, type ObjectTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { readSubgraphSdl } from "@meander/subgraph-kit";
import { composeSupergraph, sdlFile } from "../src/compose.js";
import { undescribed } from "../src/descriptions.js";
import { API_SCHEMA_PATH } from "../scripts/schema-check.js";

const committedApi = readFileSync(new URL(`../../${API_SCHEMA_PATH}`, import.meta.url), "utf8");

describe("the API schema describes itself", () => {
  it("has a description on every type, field, argument, input field and enum value", () => {
    expect(undescribed(committedApi)).toEqual([]);
  });

  it("fails naming a field added to a subgraph's SDL without a description, and its arguments", () => {
    const withProbe = print(
      visit(parse(readSubgraphSdl(sdlFile("identity"))), {
        ObjectTypeDefinition(node: ObjectTypeDefinitionNode) {
          if (node.name.value !== "Query") return undefined;
          const probe = parse("type Query { undescribedProbe(limit: Int): Int }")
            .definitions[0] as ObjectTypeDefinitionNode;
          return { ...node, fields: [...(node.fields ?? []), ...(probe.fields ?? [])] };
        },
      }),
    );
    const composed = composeSupergraph((name) => (name === "identity" ? withProbe : readSubgraphSdl(sdlFile(name))));
    if (!composed.ok) throw new Error(composed.errors.join("\n"));
    expect(undescribed(composed.apiSchemaSdl)).toEqual(["Query.undescribedProbe", "Query.undescribedProbe(limit:)"]);
  });
});
