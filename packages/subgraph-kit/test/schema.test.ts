import { describe, expect, it } from "vitest";
import { graphql } from "graphql";
import { allow, isAuthenticated, hasRole, systemClock, type RequestContext } from "@meander/auth";
import { buildSchema } from "../src/service.js";

const things = new Map([["t1", { id: "t1", name: "Thing one", secret: "s3cret" }]]);
const resolvers = {
  Query: { thing: (_: unknown, { id }: { id: string }) => things.get(id) ?? null },
  Thing: { __resolveReference: (ref: { id: string }) => things.get(ref.id) ?? null },
};
const permissions = {
  Query: { thing: isAuthenticated },
  Thing: { "*": isAuthenticated, secret: hasRole("org_admin") },
};
const schema = buildSchema(new URL("./fixture.graphql", import.meta.url), resolvers, permissions);
const viewer = (role: "peer_mentor" | "org_admin"): RequestContext => ({
  requestId: "r",
  clientIp: null,
  now: systemClock,
  viewer: { userId: "u", sessionId: "s", organizationId: "o", localAssociationId: null, role },
});
const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id name } } }`;

describe("buildSchema: federation under graphql-shield", () => {
  it("keeps __resolveReference working behind the shield", async () => {
    const r = await graphql({
      schema,
      source: entities,
      variableValues: { r: [{ __typename: "Thing", id: "t1" }] },
      contextValue: viewer("peer_mentor"),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ _entities: [{ id: "t1", name: "Thing one" }] });
  });

  it("applies type rules to entities reached through _entities", async () => {
    const r = await graphql({
      schema,
      source: entities,
      variableValues: { r: [{ __typename: "Thing", id: "t1" }] },
      contextValue: { requestId: "r", clientIp: null, viewer: null },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(r.data)).not.toContain("Thing one");
  });

  it("denies by default and by field", async () => {
    const r = await graphql({
      schema,
      source: `{ thing(id: "t1") { id secret } }`,
      contextValue: viewer("peer_mentor"),
    });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const ok = await graphql({ schema, source: `{ thing(id: "t1") { secret } }`, contextValue: viewer("org_admin") });
    expect(ok.data).toEqual({ thing: { secret: "s3cret" } });
    expect(allow).toBeDefined();
  });

  it("still serves _service for the gateway", async () => {
    const r = await graphql({
      schema,
      source: `{ _service { sdl } }`,
      contextValue: { requestId: "r", clientIp: null, viewer: null },
    });
    expect(r.errors).toBeUndefined();
    expect((r.data as { _service: { sdl: string } })._service.sdl).toContain("type Thing");
  });
});
