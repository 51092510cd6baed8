import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientIp } from "../src/client-ip.js";

const req = (socket: string, xff?: string) =>
  ({ socket: { remoteAddress: socket }, headers: xff ? { "x-forwarded-for": xff } : {} }) as unknown as IncomingMessage;

describe("client address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientIp(req("203.0.113.9", "1.2.3.4"), 0)).toBe("203.0.113.9");
  });

  it("is the address the trusted proxy saw, not one the client forged", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the load balancer (10.0.0.2) appended the client's real address.
    expect(clientIp(req("10.0.0.2", "1.2.3.4, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientIp(req("10.0.0.3", "1.2.3.4, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });

  it("falls back to the furthest known hop when there are fewer hops than trusted proxies", () => {
    expect(clientIp(req("10.0.0.2"), 1)).toBe("10.0.0.2");
  });
});
