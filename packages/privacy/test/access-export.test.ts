/** Sealed access-export objects (@meander/privacy/access-export): readable only as the object they were sealed as. */
import { describe, expect, it } from "vitest";
import { createEnvelope, generateMasterKey } from "@meander/crypto";
import { openObject, sealObject, toRecord } from "../src/access-export/index.js";

const envelope = createEnvelope({ masterKey: generateMasterKey() });
const org = "0193a5b0-0000-7000-8000-000000000001";
const request = "0193a5b0-0000-7000-8000-0000000000aa";

describe("access export: sealed objects", () => {
  it("opens what it sealed, and nothing of the plaintext is in the sealed bytes", () => {
    const sealed = sealObject(envelope, org, request, "part:activity", JSON.stringify({ healthInfo: "Astma" }));
    expect(sealed.toString()).not.toContain("Astma");
    expect(JSON.parse(openObject(envelope, org, request, "part:activity", sealed).toString())).toEqual({
      healthInfo: "Astma",
    });
  });

  it("refuses another organization, request or name, and another master key", () => {
    const sealed = sealObject(envelope, org, request, "part:activity", "x");
    expect(() =>
      openObject(envelope, "0193a5b0-0000-7000-8000-000000000002", request, "part:activity", sealed),
    ).toThrow();
    expect(() => openObject(envelope, org, "0193a5b0-0000-7000-8000-0000000000bb", "part:activity", sealed)).toThrow();
    expect(() => openObject(envelope, org, request, "part:finance", sealed)).toThrow();
    expect(() =>
      openObject(createEnvelope({ masterKey: generateMasterKey() }), org, request, "part:activity", sealed),
    ).toThrow();
  });

  it("turns rows into JSON records: dates as ISO text, left-out columns gone", () => {
    expect(toRecord({ at: new Date("2026-12-07T12:00:00Z"), n: 1n, tags: ["a"], token: "secret" }, ["token"])).toEqual({
      at: "2026-12-07T12:00:00.000Z",
      n: 1,
      tags: ["a"],
    });
  });
});
