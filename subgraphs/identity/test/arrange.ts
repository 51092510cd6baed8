/** Shared arrangement for identity's auth tests: people with passwords and memberships, and a signed client. */
import { randomUUID } from "node:crypto";
import { createUnitOfWork } from "@meander/events";
import { dataOf, makeEvent, type SubgraphHarness } from "@meander/testing";
import type { EventEnvelope } from "@meander/events";
import { setPassword } from "../src/application/passwords.js";
import { registerUser } from "../src/application/users.js";
import { eventStore } from "../src/db/schema/index.js";

export const PASSWORD = "correct horse battery";

export interface Person {
  id: string;
  email: string;
}

export async function person(h: SubgraphHarness, email: string, password: string | null = PASSWORD): Promise<Person> {
  const uow = createUnitOfWork(h.db, eventStore);
  const user = await registerUser(uow, { email, firstName: "Test", lastName: email.split("@")[0]! }, null);
  if (password) await setPassword(uow, user.id, password);
  return { id: user.id, email };
}

export interface MembershipSpec {
  userId: string;
  organizationId: string;
  localAssociationId: string;
  role: string;
  isPrimary?: boolean;
  membershipId?: string;
}

/** Feeds memberships through the projection's real consumer, as organization would. */
export async function memberships(h: SubgraphHarness, specs: MembershipSpec[]): Promise<string[]> {
  const events = specs.map((s) =>
    makeEvent(
      "organization.membership.added",
      {
        membershipId: s.membershipId ?? randomUUID(),
        userId: s.userId,
        localAssociationId: s.localAssociationId,
        role: s.role,
        isPrimary: s.isPrimary ?? false,
      },
      { organizationId: s.organizationId },
    ),
  );
  await h.bus.publish(events);
  await h.bus.idle();
  return events.map((e) => e.payload.membershipId);
}

export const AUTH_FIELDS = `accessToken accessTokenExpiresAt refreshToken session { id deviceName platform current } user { id email } context { membershipId organizationId localAssociationId role }`;

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  session: { id: string; deviceName: string; platform: string; current: boolean };
  user: { id: string; email: string };
  context: {
    membershipId: string | null;
    organizationId: string | null;
    localAssociationId: string | null;
    role: string;
  };
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${AUTH_FIELDS} } }`;

export function login(
  h: SubgraphHarness,
  email: string,
  password = PASSWORD,
  device = { name: "Kari's iPhone", platform: "ios" },
) {
  return h.raw<{ login: AuthPayload }>(
    LOGIN,
    { input: { email, password, device } },
    { signingSecret: h.signingSecret },
  );
}

export async function loginOk(h: SubgraphHarness, email: string, password = PASSWORD): Promise<AuthPayload> {
  return dataOf(await login(h, email, password)).login;
}

export function refresh(h: SubgraphHarness, refreshToken: string) {
  return h.raw<{ refreshSession: AuthPayload }>(REFRESH, { t: refreshToken }, { signingSecret: h.signingSecret });
}

/** A gateway-signed request carrying this access token. */
export function asToken<D = Record<string, any>>(
  h: SubgraphHarness,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  return h.raw<D>(query, variables, { signingSecret: h.signingSecret, token });
}

/** Collects what identity publishes on its topic, as the gateway would. */
export async function probe(h: SubgraphHarness) {
  const seen: EventEnvelope[] = [];
  const sub = await h.bus.subscribe({
    group: `probe-${randomUUID()}`,
    topics: ["meander.identity", "meander.identity.profiles", "meander.privacy"],
    handler: async (e) => void seen.push(e),
  });
  return {
    seen,
    async waitFor(pred: (e: EventEnvelope) => boolean, ms = 15_000): Promise<EventEnvelope> {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        const hit = seen.find(pred);
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no matching event within ${ms} ms; saw ${seen.map((e) => e.type).join(", ")}`);
    },
    stop: () => sub.stop(),
  };
}
