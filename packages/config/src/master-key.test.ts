import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, masterKeyEnv, z } from "./index.js";

const schema = z.object(masterKeyEnv());

describe("masterKeyEnv", () => {
  it("takes a 32-byte key (base64 or hex) and a comma-separated list of retired keys; empty means unset", () => {
    const current = randomBytes(32).toString("base64");
    const old = randomBytes(32).toString("hex");
    const parsed = loadConfig(schema, { MEANDER_MASTER_KEY: current, MEANDER_PREVIOUS_MASTER_KEYS: ` ${old} ,` });
    expect(parsed.MEANDER_MASTER_KEY).toBe(current);
    expect(parsed.MEANDER_PREVIOUS_MASTER_KEYS).toEqual([old]);
    expect(loadConfig(schema, { MEANDER_MASTER_KEY: "" })).toEqual({
      MEANDER_MASTER_KEY: undefined,
      MEANDER_PREVIOUS_MASTER_KEYS: [],
    });
  });

  it("refuses a key of the wrong length, naming the variable and never echoing the value", () => {
    const short = randomBytes(16).toString("hex");
    let error: unknown;
    try {
      loadConfig(schema, {
        MEANDER_MASTER_KEY: randomBytes(32).toString("base64"),
        MEANDER_PREVIOUS_MASTER_KEYS: short,
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain("MEANDER_PREVIOUS_MASTER_KEYS");
    expect((error as ConfigError).message).not.toContain(short);
  });
});
