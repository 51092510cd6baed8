import { describe, expect, it } from "vitest";
import { normalizeIp, subgraphClientIp } from "./client-ip.js";

describe("client address in a subgraph", () => {
  it("takes the gateway's header first, then the socket", () => {
    expect(subgraphClientIp(" 203.0.113.7", "127.0.0.1")).toBe("203.0.113.7");
    expect(subgraphClientIp(undefined, "::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(subgraphClientIp(["198.51.100.1", "1.1.1.1"], undefined)).toBe("198.51.100.1");
    expect(subgraphClientIp(undefined, undefined)).toBeNull();
  });

  it("refuses what is not an address", () => {
    expect(normalizeIp("not-an-ip")).toBeNull();
    expect(subgraphClientIp("'; drop table", "10.0.0.1")).toBe("10.0.0.1");
    expect(normalizeIp("2001:DB8::1")).toBe("2001:db8::1");
  });
});
