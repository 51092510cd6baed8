import { describe, expect, it } from "vitest";
import { decodeBase64Upload } from "./base64.js";
import { UploadRejectedError } from "./errors.js";

describe("decodeBase64Upload", () => {
  it("decodes standard base64, ignoring line breaks", () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]);
    const text = bytes.toString("base64");
    expect(decodeBase64Upload(`${text.slice(0, 4)}\n${text.slice(4)}`).equals(bytes)).toBe(true);
    expect(decodeBase64Upload("").length).toBe(0);
  });

  it("refuses text that is not base64 (upload_encoding)", () => {
    for (const bad of ["abc", "ab$=", "YWJj=YWJj", "////-___"]) {
      expect(() => decodeBase64Upload(bad)).toThrow(UploadRejectedError);
      try {
        decodeBase64Upload(bad);
      } catch (e) {
        expect((e as UploadRejectedError).rule).toBe("upload_encoding");
      }
    }
  });
});
