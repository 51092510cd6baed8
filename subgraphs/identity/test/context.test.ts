import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import {
  AUTH_FIELDS,
  asToken,
  loginOk,
  memberships,
  person,
  refresh,
  type AuthPayload,
  type Person,
} from "./arrange.js";

let h: SubgraphHarness;
const org = randomUUID();
const otherOrg = randomUUID();
const sports = randomUUID();
const health = randomUUID();
let kari: Person;
let ola: Person;
let kariSports: string;
let kariHealth: string;
let olaMembership: string;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  kari = await person(h, "kari@context.example.no");
  ola = await person(h, "ola@context.example.no");
  [kariSports, kariHealth, olaMembership] = (await memberships(h, [
    { userId: kari.id, organizationId: org, localAssociationId: sports, role: "peer_mentor", isPrimary: false },
    { userId: kari.id, organizationId: org, localAssociationId: health, role: "coordinator", isPrimary: true },
    { userId: ola.id, organizationId: otherOrg, localAssociationId: randomUUID(), role: "org_admin", isPrimary: true },
  ])) as [string, string, string];
});

afterAll(() => h?.stop());

const SWITCH = `mutation($m: ID!) { switchContext(membershipId: $m) { ${AUTH_FIELDS} } }`;

describe("identity: active context (seed 003)", () => {
  it("starts in the primary membership and lists the ones the user may switch to", async () => {
    const p = await loginOk(h, kari.email);
    expect(p.context).toEqual({
      membershipId: kariHealth,
      organizationId: org,
      localAssociationId: health,
      role: "coordinator",
    });
    const list = dataOf(
      await asToken<{ myMemberships: Array<{ membershipId: string }> }>(
        h,
        p.accessToken,
        `{ myMemberships { membershipId organizationId localAssociationId role } }`,
      ),
    );
    expect(list.myMemberships.map((m) => m.membershipId).sort()).toEqual([kariSports, kariHealth].sort());
  });

  it("switches to another membership without a password: new claims, same session, the old refresh token spent", async () => {
    const p = await loginOk(h, kari.email);
    const switched = dataOf(
      await asToken<{ switchContext: AuthPayload }>(h, p.accessToken, SWITCH, { m: kariSports }),
    ).switchContext;
    expect(await h.keys.verifier(switched.accessToken)).toEqual({
      userId: kari.id,
      sessionId: p.session.id,
      organizationId: org,
      localAssociationId: sports,
      role: "peer_mentor",
      language: "nb",
    });
    expect(switched.context).toEqual({
      membershipId: kariSports,
      organizationId: org,
      localAssociationId: sports,
      role: "peer_mentor",
    });
    expect(switched.session.id).toBe(p.session.id);
    const ctx = dataOf(
      await asToken(h, switched.accessToken, `{ myContext { membershipId localAssociationId role } }`),
    );
    expect(ctx.myContext).toEqual({ membershipId: kariSports, localAssociationId: sports, role: "peer_mentor" });
    // The refresh token issued before the switch is spent; the session keeps the new context across refreshes.
    expect((await refresh(h, p.refreshToken)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const refreshed = dataOf(await refresh(h, switched.refreshToken)).refreshSession;
    expect((await h.keys.verifier(refreshed.accessToken)).localAssociationId).toBe(sports);
  });

  it("refuses a membership the user does not hold, and an anonymous caller", async () => {
    const p = await loginOk(h, kari.email);
    for (const m of [olaMembership, randomUUID(), "not-a-uuid"]) {
      const r = await asToken(h, p.accessToken, SWITCH, { m });
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(
      (await h.raw(SWITCH, { m: kariSports }, { signingSecret: h.signingSecret })).errors?.[0]?.extensions?.code,
    ).toBe("UNAUTHENTICATED");
  });

  it("moves a session off a removed membership at its next refresh", async () => {
    const p = await loginOk(h, kari.email);
    const switched = dataOf(
      await asToken<{ switchContext: AuthPayload }>(h, p.accessToken, SWITCH, { m: kariSports }),
    ).switchContext;
    await h.bus.publish([
      makeEvent(
        "organization.membership.removed",
        { membershipId: kariSports, userId: kari.id, localAssociationId: sports },
        { organizationId: org },
      ),
    ]);
    await h.bus.idle();
    const refreshed = dataOf(await refresh(h, switched.refreshToken)).refreshSession;
    expect(refreshed.context).toMatchObject({ membershipId: kariHealth, role: "coordinator" });
  });
});
