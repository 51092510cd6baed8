/** OIDC providers by configuration (BankID, Vipps ...), discovered once and cached. */
import * as client from "openid-client";

export interface OidcProviderConfig {
  /** The name clients pass to oidcStart/oidcCallback, e.g. "bankid". */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scope?: string;
  /** Plain-http issuers (a loopback provider in tests) only; never in production. */
  allowInsecureRequests?: boolean;
}

export interface OidcProvider {
  settings: OidcProviderConfig;
  config: client.Configuration;
}

export interface OidcProviders {
  get(name: string): Promise<OidcProvider | null>;
}

export function createOidcProviders(list: readonly OidcProviderConfig[]): OidcProviders {
  const cache = new Map<string, Promise<client.Configuration>>();
  return {
    async get(name) {
      const settings = list.find((p) => p.name === name);
      if (!settings) return null;
      let config = cache.get(name);
      if (!config) {
        config = client.discovery(
          new URL(settings.issuer),
          settings.clientId,
          { client_secret: settings.clientSecret, redirect_uris: [settings.redirectUri] },
          client.ClientSecretBasic(settings.clientSecret),
          settings.allowInsecureRequests ? { execute: [client.allowInsecureRequests] } : undefined,
        );
        // A failed discovery (provider down) is tried again on the next login.
        config.catch(() => cache.delete(name));
        cache.set(name, config);
      }
      return { settings, config: await config };
    },
  };
}
