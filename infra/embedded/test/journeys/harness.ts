/**
 * The journey harness. A journey is one role's realistic sequence through the gateway only:
 *
 *   journey("the operator", (platform) => {
 *     it("...", async () => {
 *       const admin = await platform.bootstrapGlobalAdmin();           // the operator's command, then sign-in
 *       const data = await admin.op("Organizations");                  // gateway/operations/**: by name
 *     });
 *   });
 *
 * `journey` declares the body once per way of running (see global-setup.ts); every person signs in with e-mail and
 * password (no minted tokens) and every call is an operation of gateway/operations/, sent the way a client in
 * safelist mode sends it: by the persisted manifest's id (so a document missing from the manifest fails at once).
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, inject } from "vitest";
import { EVENT_TIMEOUT_MS, waitForEvent } from "@meander/testing";
import { MANIFEST_FILE, type PersistedManifest } from "@meander/gateway";
import type { JourneyMode, JourneyPlatformInfo } from "./modes.js";
import type { TopicScan } from "./topic-scan.js";

const manifest = JSON.parse(readFileSync(MANIFEST_FILE, "utf8")) as PersistedManifest;
const byName = new Map(manifest.operations.map((o) => [o.name, o]));

/** How long a journey waits for an event to cross the platform (the suite's one event timeout, @meander/testing). */
export { EVENT_TIMEOUT_MS };
/** Every journey person's password. */
export const PASSWORD = "journey-passord-1";

export interface GraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown> & { code?: string };
}
export interface Answer<D = any> {
  status: number;
  data?: D | null;
  errors?: GraphQLError[];
}

/** A unique suffix, so journeys never meet each other's people or organizations on a shared platform. */
export const unique = () => randomBytes(4).toString("hex");

/** Someone at a device: anonymous until signed in; keeps the tokens a sign-in, refresh or context switch gives. */
export class Client {
  accessToken: string | null = null;
  refreshToken: string | null = null;
  constructor(readonly platform: JourneyPlatform) {}

  /** Sends the named operation of gateway/operations/ (by its persisted id) and returns the whole answer. */
  async call<D = any>(name: string, variables: Record<string, unknown> = {}): Promise<Answer<D>> {
    const op = byName.get(name);
    if (!op)
      throw new Error(
        `Operation ${name} is not in gateway/persisted-operations.json: add its document under gateway/operations/ and run pnpm persisted`,
      );
    return this.send(this.platform.url, {
      operationName: name,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: op.id } },
    });
  }

  /**
   * Sends the named upload operation (a receipt, a document: base64 in the variables) to the gateway's upload path,
   * which takes the operation's text: its exact registered text, accepted in safelist mode.
   */
  async upload<D = any>(name: string, variables: Record<string, unknown>): Promise<Answer<D>> {
    const op = byName.get(name);
    if (!op) throw new Error(`Operation ${name} is not in gateway/persisted-operations.json`);
    return this.send(`${this.platform.url}/upload`, { query: op.body, variables });
  }

  private async send<D>(url: string, payload: Record<string, unknown>): Promise<Answer<D>> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.accessToken) headers.authorization = `Bearer ${this.accessToken}`;
    const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(payload) });
    const text = await res.text();
    try {
      return { status: res.status, ...(JSON.parse(text) as Omit<Answer<D>, "status">) };
    } catch {
      return { status: res.status, errors: [{ message: text }] };
    }
  }

  /** The named operation's data; fails the journey with the errors when there are any (a partial answer too). */
  async op<D = any>(name: string, variables: Record<string, unknown> = {}): Promise<D> {
    const answer = await this.call<D>(name, variables);
    if (answer.errors?.length || !answer.data)
      throw new Error(`${name} failed (${answer.status}): ${JSON.stringify(answer.errors ?? answer)}`);
    return answer.data;
  }

  /** The named operation's errors: fails the journey when it succeeded. */
  async refused(name: string, variables: Record<string, unknown> = {}): Promise<GraphQLError[]> {
    const answer = await this.call(name, variables);
    if (!answer.errors?.length)
      throw new Error(`${name} was expected to be refused, but answered ${JSON.stringify(answer.data)}`);
    return answer.errors;
  }

  /** Keeps the tokens of a Login, RefreshSession or SwitchContext answer. */
  keep(payload: { accessToken: string; refreshToken: string }): void {
    this.accessToken = payload.accessToken;
    this.refreshToken = payload.refreshToken;
  }
}

/** A signed-in person: who the sign-in said they are, and the context their token acts in. */
export class Person extends Client {
  user!: { id: string; displayName: string; email: string };
  context!: {
    membershipId: string | null;
    organizationId: string | null;
    localAssociationId: string | null;
    role: string;
  };

  /** Signs in with e-mail and password (the Login operation). */
  async signIn(email: string, password = PASSWORD): Promise<this> {
    const { login } = await this.op("Login", {
      input: { email, password, device: { name: "journey", platform: "test" } },
    });
    this.keep(login);
    this.user = login.user;
    this.context = login.context;
    return this;
  }

  /** Switches the active membership (SwitchContext), as the profile switcher does. */
  async switchTo(membershipId: string): Promise<this> {
    const { switchContext } = await this.op("SwitchContext", { membershipId });
    this.keep(switchContext);
    this.context = switchContext.context;
    return this;
  }
}

export interface NewPerson {
  email: string;
  firstName: string;
  lastName: string;
  password?: string;
}

export class JourneyPlatform {
  readonly url: string;
  readonly safelist: boolean;
  constructor(
    readonly mode: JourneyMode,
    private readonly info: JourneyPlatformInfo,
  ) {
    this.url = info.url;
    this.safelist = info.safelist;
  }

  anonymous(): Client {
    return new Client(this);
  }

  /** The operator's `npm run admin -- create-global-admin --email <email>`, on this platform's database. */
  async createGlobalAdmin(
    email: string,
  ): Promise<{ email: string; token: string; expiresAt: string; organization: { id: string; name: string } }> {
    const res = await fetch(this.info.operatorUrl, {
      method: "POST",
      body: JSON.stringify({ command: "create-global-admin", email }),
    });
    const json = (await res.json()) as Awaited<ReturnType<JourneyPlatform["createGlobalAdmin"]>>;
    if (!res.ok) throw new Error(`create-global-admin failed: ${JSON.stringify(json)}`);
    return json;
  }

  /**
   * Every text and JSON column of every schema of this platform's database (outboxes included), searched as its
   * owner for each marker: "schema.table.column" of each hit, per marker (the operator console's scan-database).
   */
  async scanDatabase(markers: string[]): Promise<{ hits: Record<string, string[]>; scanned: number }> {
    const res = await fetch(this.info.operatorUrl, {
      method: "POST",
      body: JSON.stringify({ command: "scan-database", markers }),
    });
    const json = (await res.json()) as { hits: Record<string, string[]>; scanned: number; error?: string };
    if (!res.ok) throw new Error(`scan-database failed: ${JSON.stringify(json)}`);
    return json;
  }

  /**
   * Every message of this platform's Kafka topics, read from the beginning by a group of its own (as a replay reads
   * them), searched for each marker (the operator console's scan-topics); null on the embedded way (no broker).
   */
  async scanTopics(markers: string[]): Promise<TopicScan | null> {
    const res = await fetch(this.info.operatorUrl, {
      method: "POST",
      body: JSON.stringify({ command: "scan-topics", markers }),
    });
    const json = (await res.json()) as TopicScan | null | { error: string };
    if (!res.ok) throw new Error(`scan-topics failed: ${JSON.stringify(json)}`);
    return json as TopicScan | null;
  }

  /**
   * An invitee takes the e-mail's token: accepts (names, password), then signs in as soon as the membership has
   * reached identity (an event: organization → identity), waiting at most the suite's event timeout.
   */
  async acceptInvitation(token: string, who: NewPerson): Promise<Person> {
    const password = who.password ?? PASSWORD;
    // The invitation itself reaches identity as an event too: retry until identity knows it.
    await waitForEvent(async () => {
      const { acceptInvitation } = await this.anonymous().op("AcceptInvitation", {
        input: { token, firstName: who.firstName, lastName: who.lastName, password },
      });
      if (acceptInvitation.email.toLowerCase() !== who.email.toLowerCase())
        throw new Error(`accepted as ${acceptInvitation.email}`);
    });
    return this.signInWhenAdmitted(who.email, password);
  }

  /** Signs in, retrying while identity has not yet heard of the person's membership (FORBIDDEN). */
  async signInWhenAdmitted(email: string, password = PASSWORD): Promise<Person> {
    return waitForEvent(() => new Person(this).signIn(email, password));
  }

  async signIn(email: string, password = PASSWORD): Promise<Person> {
    return new Person(this).signIn(email, password);
  }

  /** The operator bootstraps a global administrator, who accepts the invitation and signs in. */
  async bootstrapGlobalAdmin(who: Partial<NewPerson> = {}): Promise<Person> {
    const id = unique();
    const person = { email: `drift.${id}@meander.example.no`, firstName: "Oda", lastName: `Drift ${id}`, ...who };
    const { token } = await this.createGlobalAdmin(person.email);
    return this.acceptInvitation(token, person);
  }
}

/** Declares a journey on the way of running this project started (one project per way: vitest.config.ts). */
export function journey(title: string, body: (platform: JourneyPlatform) => void): void {
  const platforms = inject("journeyPlatforms");
  for (const [mode, info] of Object.entries(platforms) as Array<[JourneyMode, JourneyPlatformInfo]>) {
    describe(`${title} [${mode}]`, () => body(new JourneyPlatform(mode, info)));
  }
}
