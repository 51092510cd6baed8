/**
 * Refusals in the caller's language (issue 20 "messages in the caller's language"). The message of a rule
 * violation, and of a FORBIDDEN/CONFLICT/NOT_FOUND people read, is chosen here once, when errors are formatted:
 * from the catalog of @meander/messages (`refusal.<rule>.<field>`, then `refusal.<rule>`) with the violation's
 * params, in the request's language. The language, first that applies (issue 20):
 * 1. the user's language setting, the access token's `lang` claim (identity puts the user's preferredLanguage in
 *    every token it issues; a change reaches the next token, at the latest on the refresh within 15 minutes);
 * 2. the request's `Accept-Language` (the gateway forwards the client's to every subgraph): anonymous callers
 *    (sign-in, the booking form) and tokens without the claim (service and test tokens);
 * 3. bokmål.
 * The setting wins over the header because it is what the person chose in the app, while the header is the
 * device's locale (often English on a Norwegian phone). It is kept for the request in the process's AsyncLocalStorage by the
 * HTTP layer (the header) and the context (the claim, once the token is verified), because Apollo's formatError
 * sees no context. A rule without a catalog entry keeps the text its code gave (the fallback).
 */
import { catalog, DEFAULT_LANGUAGE, t, type Language, type MessageKey, type Params } from "@meander/messages";
import { requestValues, withRequestValues } from "@meander/observability";

/**
 * What the HTTP layer keeps for the request being answered: its language, and its id for log lines (logger.ts). In
 * the process's one AsyncLocalStorage (@meander/observability async-context.ts), beside the trace context.
 */
interface RequestValues {
  lang: Language;
  requestId?: string;
}
const requestScope = {
  getStore: () => requestValues<RequestValues>(),
  run: <T>(values: RequestValues, fn: () => T): T => withRequestValues(values, fn),
};

/** The language of the request being answered (bokmål outside one). */
export function currentLanguage(): Language {
  return requestScope.getStore()?.lang ?? DEFAULT_LANGUAGE;
}

/** The id of the request being answered (the gateway's, passed to subgraphs in `x-request-id`); undefined outside one. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/** Runs `fn` answering in `lang`, as the request `requestId` (the same AsyncLocalStorage: no second one per request). */
export function inLanguage<T>(lang: Language, fn: () => T, requestId?: string): T {
  return requestScope.run({ lang, requestId }, fn);
}

/** The user's language setting (the token's `lang` claim) for the rest of the request: it wins over Accept-Language. */
export function preferLanguage(lang: Language | undefined): void {
  const store = requestScope.getStore();
  if (store && lang) store.lang = lang;
}

const TAGS: Record<string, Language> = { nb: "nb", nob: "nb", no: "nb", nn: "nn", nno: "nn", en: "en" };

/**
 * The catalog language an `Accept-Language` header asks for: its tags by quality (`nn, en;q=0.5` → nn;
 * `no`/`nb-NO` → bokmål), the first we speak; bokmål when none is ours or there is no header.
 */
export function languageFromHeader(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  const ranked = value
    .split(",")
    .map((part, i) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.map((r) => /^\s*q=([0-9.]+)\s*$/.exec(r)?.[1]).find((x) => x !== undefined);
      return { lang: TAGS[tag.trim().toLowerCase().split("-")[0] ?? ""], q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x): x is { lang: Language; q: number; i: number } => x.lang !== undefined && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked[0]?.lang ?? DEFAULT_LANGUAGE;
}

const known = (key: string): key is MessageKey => Object.hasOwn(catalog, key);

/** `activities[2].durationMinutes` → `durationMinutes` (a row's field reads as the field). */
const leafOf = (field: string | undefined) =>
  (field ?? "")
    .replace(/\[\d+\]/g, "")
    .split(".")
    .pop() ?? "";

/**
 * The catalog's text for a rule (and field), in `lang`, or undefined when the catalog has none or its
 * `{param}`s were not all given (then the code's own text stands).
 */
export function refusalText(
  rule: string,
  field: string | undefined,
  params: Params = {},
  lang: Language = currentLanguage(),
): string | undefined {
  for (const key of [`refusal.${rule}.${leafOf(field)}`, `refusal.${rule}`]) {
    if (!known(key)) continue;
    const text = t(key, lang, params);
    return /\{[a-zA-Z0-9_]+\}/.test(text) ? undefined : text;
  }
  return undefined;
}

/** A text of the catalog by its key in the request's language (errors without a rule: `refusal.forbidden`, ...). */
export function refusalByKey(key: string, lang: Language = currentLanguage()): string | undefined {
  return known(key) ? t(key, lang) : undefined;
}

/** `Report definition`, `FaqItem` → `report_definition`, `faqitem`: the key of a NOT_FOUND's subject. */
export const subjectKey = (what: string) =>
  what
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_");
