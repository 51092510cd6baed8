import { describe, expect, it } from "vitest";
import { ConfigError, env, loadConfig, z } from "./index.js";

describe("loadConfig", () => {
  const schema = z.object({ PORT: env.port(4000), DATABASE_URL: z.string().min(1), DEBUG: env.bool(false) });

  it("parses and coerces", () => {
    const c = loadConfig(schema, { PORT: "4100", DATABASE_URL: "postgres://x", DEBUG: "1" });
    expect(c).toEqual({ PORT: 4100, DATABASE_URL: "postgres://x", DEBUG: true });
  });

  it("lists every bad variable in one error", () => {
    let err: unknown;
    try {
      loadConfig(schema, { PORT: "abc" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).issues.map((i) => i.split(":")[0])).toEqual(["PORT", "DATABASE_URL"]);
  });
});
