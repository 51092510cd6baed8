import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestKeys, type TestKeys } from "@meander/testing";
import { authenticate } from "../src/authenticate.js";
import { createMemoryRevocationStore, type RevocationStore } from "../src/revocations.js";

const request = (authorization?: string) => ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;

async function refusal(p: Promise<unknown>): Promise<{ message: string; code: unknown; status: unknown }> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GraphQLError);
  const e = err as GraphQLError;
  return {
    message: e.message,
    code: e.extensions.code,
    status: (e.extensions.http as { status?: number } | undefined)?.status,
  };
}

describe("authenticate: verify the token, then check its session", () => {
  let keys: TestKeys;
  beforeAll(async () => {
    keys = await createTestKeys();
  });

  it("lets an anonymous request through as a null viewer", async () => {
    const revocations = createMemoryRevocationStore();
    expect(await authenticate(request(), { verifier: keys.verifier, revocations })).toBeNull();
  });

  it("returns the viewer of a valid token of a live session", async () => {
    const revocations = createMemoryRevocationStore();
    const sessionId = randomUUID();
    const userId = randomUUID();
    const token = await keys.mint({ role: "coordinator", sessionId, userId, organizationId: randomUUID() });
    const viewer = await authenticate(request(`Bearer ${token}`), { verifier: keys.verifier, revocations });
    expect(viewer).toMatchObject({ userId, sessionId, role: "coordinator" });
  });

  it("refuses a revoked session's token at once with 401 UNAUTHENTICATED, though the token has not expired", async () => {
    const revocations = createMemoryRevocationStore();
    const sessionId = randomUUID();
    const token = await keys.mint({ role: "peer_mentor", sessionId, ttlSeconds: 900 });
    const other = await keys.mint({ role: "peer_mentor", userId: randomUUID() });
    await revocations.revoke(sessionId, new Date(Date.now() + 900_000));

    expect(await refusal(authenticate(request(`Bearer ${token}`), { verifier: keys.verifier, revocations }))).toEqual({
      message: "Session revoked",
      code: "UNAUTHENTICATED",
      status: 401,
    });
    // Another session of the same platform is untouched.
    expect(await authenticate(request(`Bearer ${other}`), { verifier: keys.verifier, revocations })).not.toBeNull();
  });

  it("refuses a bad token before asking the store", async () => {
    let asked = 0;
    const revocations: RevocationStore = {
      revoke: async () => undefined,
      isRevoked: async () => {
        asked += 1;
        return false;
      },
      close: async () => undefined,
    };
    const token = await keys.mint({ role: "peer_mentor" });
    const tampered = `${token.slice(0, -4)}AAAA`;
    expect(
      await refusal(authenticate(request(`Bearer ${tampered}`), { verifier: keys.verifier, revocations })),
    ).toEqual({
      message: "Invalid or expired access token",
      code: "UNAUTHENTICATED",
      status: 401,
    });
    const expired = await keys.mint({ role: "peer_mentor", ttlSeconds: 60, now: new Date(Date.now() - 3_600_000) });
    expect(
      (await refusal(authenticate(request(`Bearer ${expired}`), { verifier: keys.verifier, revocations }))).code,
    ).toBe("UNAUTHENTICATED");
    expect(asked).toBe(0);
  });

  it("refuses with 401 a signed token whose organization or local association is not an id", async () => {
    const revocations = createMemoryRevocationStore();
    for (const ids of [{ organizationId: "nhf" }, { organizationId: randomUUID(), localAssociationId: "bergen" }]) {
      const token = await keys.mint({ role: "coordinator", ...ids });
      expect(await refusal(authenticate(request(`Bearer ${token}`), { verifier: keys.verifier, revocations }))).toEqual(
        {
          message: "Invalid or expired access token",
          code: "UNAUTHENTICATED",
          status: 401,
        },
      );
    }
  });

  it("fails closed with 503 when the store cannot be asked", async () => {
    const revocations: RevocationStore = {
      revoke: async () => undefined,
      isRevoked: async () => {
        throw new Error("Redis down");
      },
      close: async () => undefined,
    };
    const token = await keys.mint({ role: "org_admin" });
    const r = await refusal(authenticate(request(`Bearer ${token}`), { verifier: keys.verifier, revocations }));
    expect(r.status).toBe(503);
    expect(r.message).not.toContain("Redis");
  });
});
