import { describe, expect, it } from "vitest";
import { generateMasterKey } from "@meander/crypto";
import { readConfig, settingsOptionsFrom } from "./config.js";

const base = { DATABASE_URL: "postgres://127.0.0.1/meander", GATEWAY_SIGNING_SECRET: "s".repeat(32) };

describe("organization config: master keys", () => {
  it("passes valid master keys on to the settings options; an empty one means none", () => {
    const [key, old] = [generateMasterKey(), generateMasterKey()];
    expect(
      settingsOptionsFrom(readConfig({ ...base, MEANDER_MASTER_KEY: key, MEANDER_PREVIOUS_MASTER_KEYS: ` ${old} ,` })),
    ).toEqual({ masterKey: key, previousMasterKeys: [old] });
    expect(settingsOptionsFrom(readConfig({ ...base, MEANDER_MASTER_KEY: "" }))).toEqual({
      masterKey: undefined,
      previousMasterKeys: [],
    });
  });

  it("refuses a malformed master key with a clear message that does not echo it", () => {
    const bad = "not-a-key-but-long-enough-to-look-like-one";
    expect(() => readConfig({ ...base, MEANDER_MASTER_KEY: bad })).toThrow(/MEANDER_MASTER_KEY/);
    try {
      readConfig({ ...base, MEANDER_MASTER_KEY: bad });
    } catch (err) {
      expect(String((err as Error).message)).not.toContain(bad);
    }
  });
});
