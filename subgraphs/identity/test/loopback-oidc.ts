/**
 * A real OpenID Provider (oidc-provider) on 127.0.0.1 for the OIDC tests, with
 * dev interactions off: its interaction route finishes login and consent
 * programmatically (Grant API + interactionFinished) for the account the test
 * picks, as BankID would after the person identified themself.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface LoopbackAccount {
  email?: string;
  email_verified?: boolean;
}

export interface LoopbackProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next interaction signs in as. */
  signInAs(accountId: string): void;
  /** Follows the provider's redirects from an authorization URL until it lands on the redirect URI; returns that URL. */
  authorize(authorizationUrl: string): Promise<string>;
  close(): Promise<void>;
}

export async function startLoopbackProvider(
  redirectUri: string,
  accounts: Record<string, LoopbackAccount>,
): Promise<LoopbackProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "meander-test";
  const clientSecret = "loopback-secret-loopback-secret-0123";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    cookies: { keys: ["loopback-cookie-key-0123456789"] },
    findAccount: async (_ctx: unknown, sub: string) =>
      accounts[sub] ? { accountId: sub, claims: async () => ({ sub, ...accounts[sub] }) } : undefined,
  });
  let account = Object.keys(accounts)[0]!;
  const handle = provider.callback();
  server.on("request", (req, res) => {
    if (req.url?.startsWith("/interaction/")) {
      void (async () => {
        const details = await provider.interactionDetails(req, res);
        const grant = new provider.Grant({ accountId: account, clientId: details.params.client_id });
        grant.addOIDCScope(details.params.scope);
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: account }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      })().catch((err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    handle(req, res);
  });

  async function authorize(authorizationUrl: string): Promise<string> {
    const jar = new Map<string, string>();
    let url = authorizationUrl;
    for (let hop = 0; hop < 10; hop++) {
      if (url.startsWith(redirectUri)) return url;
      const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
      const res = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
      for (const set of res.headers.getSetCookie()) {
        const [pair] = set.split(";");
        const eq = pair!.indexOf("=");
        const name = pair!.slice(0, eq).trim();
        const value = pair!.slice(eq + 1).trim();
        if (value && !/max-age=0|expires=Thu, 01 Jan 1970/i.test(set)) jar.set(name, value);
        else jar.delete(name);
      }
      const location = res.headers.get("location");
      if (!location) throw new Error(`provider stopped at ${url} with ${res.status}: ${await res.text()}`);
      url = new URL(location, url).href;
    }
    throw new Error("too many redirects");
  }

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (id) => void (account = id),
    authorize,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
