import type { RequestContext } from "@meander/auth";
import type { Envelope } from "@meander/crypto";
import type { UnitOfWork } from "@meander/events";
import type { ObjectStore } from "@meander/storage";
import type { RateDecision } from "./leads/rate-limit.js";
import type { Loaders, Repositories } from "./loaders.js";

export interface OrganizationContext extends RequestContext {
  uow: UnitOfWork;
  loaders: Loaders;
  /** The caller's scoped repositories, for paged reads (connections). */
  repos: Repositories;
  /** The client's IP (the gateway's x-meander-client-ip, else the socket address): rate_limit_per_ip. */
  clientIp: string | null;
  /** rate_limit_per_ip, shared by every instance when Redis is configured. */
  bookingRateLimit: { consume(ip: string): Promise<RateDecision> };
  /** Envelope encryption of integration credentials (null: no master key configured, credentials are refused). */
  envelope: Envelope | null;
  /** The object store of subject access exports. */
  store: ObjectStore;
}
