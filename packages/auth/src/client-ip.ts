/**
 * The client's address as a subgraph sees it. The gateway alone reads
 * X-Forwarded-For (through its trusted proxies) and passes the address it
 * decided in `x-meander-client-ip`; subgraphs answer only gateway-signed
 * requests, so that header is trusted and no other (x-forwarded-for, forwarded,
 * x-real-ip are ignored). Without it (a direct signed call) the socket's peer counts.
 */
import { isIP } from "node:net";

export const CLIENT_IP_HEADER = "x-meander-client-ip";

/** `::ffff:1.2.3.4` is the IPv4 address 1.2.3.4; anything that is not an address is null. */
export function normalizeIp(value: string | undefined | null): string | null {
  if (!value) return null;
  const ip = value.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(ip) ? ip.toLowerCase() : null;
}

export function subgraphClientIp(
  header: string | string[] | undefined,
  socketAddress: string | undefined,
): string | null {
  return normalizeIp(Array.isArray(header) ? header[0] : header) ?? normalizeIp(socketAddress);
}
