import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { composeSupergraph, sdlFile } from "../src/compose.js";
import { SUPERGRAPH_FILE } from "../src/server.js";
import { SUBGRAPHS } from "../src/subgraphs.js";

describe("supergraph composition", () => {
  it("composes the six subgraphs, and the committed supergraph is up to date", () => {
    const result = composeSupergraph();
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(readFileSync(SUPERGRAPH_FILE, "utf8")).toContain(result.supergraphSdl);
    for (const s of SUBGRAPHS) expect(result.supergraphSdl).toContain(`name: "${s.name}"`);
  });

  it("notices an SDL edit that was not recomposed", () => {
    const committed = readFileSync(SUPERGRAPH_FILE, "utf8");
    const edited = SUBGRAPHS.map((s) => {
      let sdl = readFileSync(sdlFile(s.name), "utf8");
      if (s.name === "identity") sdl += "\nextend type Query { somethingNew: String }\n";
      return { name: s.name, url: `http://127.0.0.1:${s.port}/graphql`, typeDefs: parse(sdl) };
    });
    const result = composeServices(edited);
    expect(result.errors).toBeUndefined();
    expect(committed).not.toContain(result.supergraphSdl!);
    expect(result.supergraphSdl).toContain("somethingNew");
  });

  it("reports composition errors instead of writing a broken supergraph", () => {
    const broken = SUBGRAPHS.map((s) => ({
      name: s.name,
      typeDefs: parse(s.name === "finance" ? `type Query { me: Int }` : readFileSync(sdlFile(s.name), "utf8")),
    }));
    const result = composeServices(broken);
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
