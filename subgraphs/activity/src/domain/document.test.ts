import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.js";
import {
  attachRefusal,
  declarationScope,
  declarationVersionRefusal,
  fileNameRefusal,
  isRefusal,
  statusRefusal,
} from "./document.js";

const actor = (role: Actor["role"], userId = "u-actor", localAssociationId: string | null = "la-1"): Actor => ({
  userId,
  organizationId: "org",
  localAssociationId,
  role,
});
const activity = {
  userId: "u-mentor",
  proxySubmittedBy: "u-proxy",
  localAssociationId: "la-1",
  status: "pending_review" as const,
};

describe("attachRefusal (document_attach_permission)", () => {
  it("allows the mentor, the proxy coordinator, the local association's coordinators and administrators", () => {
    expect(attachRefusal(actor("peer_mentor", "u-mentor"), activity)).toBeNull();
    expect(attachRefusal(actor("coordinator", "u-proxy", "la-2"), activity)).toBeNull();
    expect(attachRefusal(actor("coordinator", "u-other", "la-1"), activity)).toBeNull();
    expect(attachRefusal(actor("org_admin"), activity)).toBeNull();
    expect(attachRefusal(actor("global_admin", "u-g", null), activity)).toBeNull();
  });
  it("refuses another mentor and another local association's coordinator", () => {
    expect(attachRefusal(actor("peer_mentor", "u-other"), activity)?.rule).toBe("document_attach_permission");
    expect(attachRefusal(actor("coordinator", "u-other", "la-2"), activity)?.rule).toBe("document_attach_permission");
    expect(attachRefusal(actor("coordinator", "u-other", null), { ...activity, localAssociationId: null })?.rule).toBe(
      "document_attach_permission",
    );
  });
});

describe("statusRefusal (attachment_activity_status)", () => {
  it("accepts every status but rejected", () => {
    for (const s of ["draft", "pending_review", "flagged", "approved"] as const) expect(statusRefusal(s)).toBeNull();
    expect(statusRefusal("rejected")).toMatchObject({ rule: "attachment_activity_status", field: "activityId" });
  });
});

describe("fileNameRefusal and declarationVersionRefusal", () => {
  it("takes 1-200 characters of file name after trimming", () => {
    expect(fileNameRefusal(" a.pdf ")).toBeNull();
    expect(fileNameRefusal("x".repeat(200))).toBeNull();
    expect(fileNameRefusal("x".repeat(201))?.rule).toBe("file_name_length");
    expect(fileNameRefusal("  ")?.rule).toBe("file_name_length");
  });
  it("takes short version names of letters, digits, '.', '_' and '-'", () => {
    for (const v of ["2026", "v2.1", "HLF_2026-01", " 7 "]) expect(declarationVersionRefusal(v)).toBeNull();
    for (const v of ["", "../etc", "-x", "a b", "x".repeat(41)])
      expect(declarationVersionRefusal(v)?.rule).toBe("declaration_version_format");
  });
});

describe("declarationScope (declaration_signer_scope)", () => {
  const member = [{ localAssociationId: "la-1" }];
  it("lets anyone register their own declaration, in their own local association", () => {
    expect(declarationScope(actor("peer_mentor", "u-a"), "u-a", [])).toEqual({ localAssociationId: "la-1" });
  });
  it("lets coordinators register their local association's members, administrators the organization's", () => {
    expect(declarationScope(actor("coordinator"), "u-m", member)).toEqual({ localAssociationId: "la-1" });
    expect(declarationScope(actor("org_admin", "u-ad", null), "u-m", [{ localAssociationId: "la-9" }])).toEqual({
      localAssociationId: "la-9",
    });
  });
  it("refuses other mentors, coordinators of other associations and people outside the organization", () => {
    expect(declarationScope(actor("peer_mentor"), "u-m", member)).toMatchObject({ rule: "declaration_signer_scope" });
    expect(declarationScope(actor("coordinator", "u-c", "la-2"), "u-m", member)).toMatchObject({
      rule: "declaration_signer_scope",
    });
    const outsider = declarationScope(actor("org_admin"), "u-x", []);
    expect(isRefusal(outsider) && outsider.rule).toBe("valid_user_reference");
  });
});
