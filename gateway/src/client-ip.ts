/**
 * The client's address, as the gateway decides it: with N trusted proxies in
 * front (config TRUSTED_PROXIES), the address N hops back in X-Forwarded-For
 * (each proxy appends the address it received from); with none, the socket's.
 * A client cannot reset a per-IP limit by sending its own X-Forwarded-For:
 * only the entries the trusted proxies appended are read.
 */
import type { IncomingMessage } from "node:http";

export { CLIENT_IP_HEADER } from "@meander/auth";

export function clientIp(req: IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress ?? "unknown";
  if (trustedProxies <= 0) return socket;
  const header = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...hops, socket];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? socket;
}
