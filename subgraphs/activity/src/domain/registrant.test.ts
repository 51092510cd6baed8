import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.js";
import { isRegistrant, proxyRefusal } from "./registrant.js";

const coordinator: Actor = { userId: "c", organizationId: "o", localAssociationId: "la1", role: "coordinator" };
const mentorOf = (localAssociationId: string) => [{ localAssociationId, role: "peer_mentor" }];

describe("who registers activities (owner_attribution_on_proxy, coordinator_proxy_scope)", () => {
  it("lets peer mentors and coordinators register, nobody else", () => {
    expect(isRegistrant("peer_mentor")).toBe(true);
    expect(isRegistrant("coordinator")).toBe(true);
    expect(isRegistrant("org_admin")).toBe(false);
    expect(isRegistrant("global_admin")).toBe(false);
  });
  it("lets a coordinator register for a peer mentor of their own local association only", () => {
    expect(proxyRefusal(coordinator, mentorOf("la1"))).toBeNull();
    expect(proxyRefusal(coordinator, mentorOf("la2"))).toMatchObject({
      rule: "coordinator_proxy_scope",
      code: "FORBIDDEN",
    });
    expect(proxyRefusal(coordinator, [{ localAssociationId: "la1", role: "coordinator" }])?.rule).toBe(
      "coordinator_proxy_scope",
    );
    expect(proxyRefusal(coordinator, [])).toMatchObject({ rule: "valid_user_reference", code: "BAD_USER_INPUT" });
  });
  it("refuses a peer mentor registering for someone else", () => {
    expect(proxyRefusal({ ...coordinator, role: "peer_mentor" }, mentorOf("la1"))).toMatchObject({
      rule: "owner_attribution_on_proxy",
      code: "FORBIDDEN",
    });
  });
});
