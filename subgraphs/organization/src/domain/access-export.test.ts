import { describe, expect, it } from "vitest";
import { checkSubject, downloadRefusal, mayRequest, maySee, statusOf, DOWNLOAD_WINDOW_MS } from "./access-export.js";

const org = "00000000-0000-4000-8000-000000000001";
const admin = { userId: "00000000-0000-4000-8000-0000000000a1", organizationId: org, role: "org_admin" };
const mentor = { userId: "00000000-0000-4000-8000-0000000000b1", organizationId: org, role: "peer_mentor" };
const now = new Date("2026-12-07T12:00:00Z");

describe("access export rules", () => {
  it("access_export_subject_required: exactly one of contact and user", () => {
    expect(checkSubject({ contactId: "c" })).toBeNull();
    expect(checkSubject({ userId: "u" })).toBeNull();
    expect(checkSubject({})).toMatchObject({ rule: "access_export_subject_required", field: "subject" });
    expect(checkSubject({ contactId: "c", userId: "u" })).toMatchObject({ rule: "access_export_subject_required" });
  });

  it("access_export_permission: an administrator for anyone, a user for their own account only", () => {
    expect(mayRequest(admin, { contactId: "c" })).toBe(true);
    expect(mayRequest(mentor, { userId: mentor.userId })).toBe(true);
    expect(mayRequest(mentor, { userId: admin.userId })).toBe(false);
    expect(mayRequest(mentor, { contactId: "c" })).toBe(false);
    expect(mayRequest({ ...admin, organizationId: null }, { contactId: "c" })).toBe(false);
  });

  it("the status is seen by the requester and the organization's administrators", () => {
    const request = { organizationId: org, requestedBy: mentor.userId };
    expect(maySee(mentor, request)).toBe(true);
    expect(maySee(admin, request)).toBe(true);
    expect(maySee({ ...admin, organizationId: "00000000-0000-4000-8000-000000000002" }, request)).toBe(false);
    expect(maySee({ ...mentor, userId: "00000000-0000-4000-8000-0000000000b2" }, request)).toBe(false);
  });

  it("downloads once, by the requester, while ready and within the window", () => {
    const ready = {
      requestedBy: admin.userId,
      readyAt: now,
      expiresAt: new Date(now.getTime() + DOWNLOAD_WINDOW_MS),
      downloadedAt: null,
    };
    expect(statusOf(ready, now)).toBe("ready");
    expect(downloadRefusal(admin, ready, now)).toBeNull();
    expect(downloadRefusal(mentor, ready, now)).toBe("access_export_requester_only");
    expect(downloadRefusal(admin, { ...ready, readyAt: null, expiresAt: null }, now)).toBe("access_export_not_ready");
    expect(downloadRefusal(admin, { ...ready, downloadedAt: now }, now)).toBe("access_export_already_downloaded");
    expect(downloadRefusal(admin, ready, new Date(now.getTime() + DOWNLOAD_WINDOW_MS))).toBe("access_export_expired");
  });
});
