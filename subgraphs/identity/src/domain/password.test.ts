import { describe, expect, it } from "vitest";
import { hashPassword, validatePassword, verifyPassword } from "./password.js";

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe("password hashing", () => {
  it("stores scrypt parameters and a per-user salt with the hash, and verifies", async () => {
    const a = await hashPassword("correct horse battery", FAST);
    const b = await hashPassword("correct horse battery", FAST);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("correct horse batterY", a)).toBe(false);
  });

  it("does not match malformed stored values", async () => {
    for (const stored of ["", "none", "bcrypt$x$y", "scrypt$0$8$1$aa$bb", "scrypt$1024$8$1$$"]) {
      expect(await verifyPassword("anything", stored)).toBe(false);
    }
  });

  it("names the rule for too short or too long passwords", () => {
    expect(validatePassword("short")[0]?.rule).toBe("password_length");
    expect(validatePassword("x".repeat(201))[0]?.rule).toBe("password_length");
    expect(validatePassword("long enough now")).toEqual([]);
  });
});
