/**
 * @meander/messages: the one catalog of what people read (README). `t(key, lang, params, terminology)`
 * gives a text in Norwegian bokmål (default), nynorsk or English, with `{param}` filled in and
 * `[[term]]` replaced by the organization's own word for it (its terminology settings) or the default.
 */
import { catalog, type MessageKey } from "./catalog.js";
import { DEFAULT_LANGUAGE, type Language, type Params, type TerminologyLabels } from "./types.js";

export { catalog, TABLES, type MessageKey, type TermKey } from "./catalog.js";
export { MONTHS } from "./reports.js";
export {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  languageOf,
  type Language,
  type MessageTable,
  type Params,
  type TerminologyLabels,
  type Texts,
} from "./types.js";

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase("nb") + s.slice(1);
/** An organization's "Likeperson" reads "likeperson" mid-sentence; "NHF-lag" (two capitals) stays as written. */
const inSentence = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase("nb") + s.slice(1) : s);

/** The organization's label for a term key in a language, if it set one. */
export function organizationLabel(key: string, lang: Language, terminology?: TerminologyLabels): string | undefined {
  const found = terminology?.find((l) => l.key === key && l.language.toLowerCase() === lang)?.label.trim();
  return found || undefined;
}

/**
 * The word for a term key: the organization's label, else the catalog's, else undefined. `cap` capitalizes
 * (a heading, a column); otherwise an organization's label is put in sentence case as explained above.
 */
export function term(
  key: string,
  lang: Language = DEFAULT_LANGUAGE,
  terminology?: TerminologyLabels,
  cap = false,
): string | undefined {
  const own = organizationLabel(key, lang, terminology);
  const base = own !== undefined ? own : (catalog as Record<string, Record<Language, string>>)[key]?.[lang];
  if (base === undefined) return undefined;
  return cap ? capitalize(base) : own !== undefined ? inSentence(base) : base;
}

/**
 * An activity type's name: the organization's label for `activity_type.<key>`, else the default catalog's
 * name, else the key made readable (`evening_walk` → "Evening walk"), never empty.
 */
export function activityTypeName(
  key: string,
  lang: Language = DEFAULT_LANGUAGE,
  terminology?: TerminologyLabels,
): string {
  return term(`activity_type.${key}`, lang, terminology, true) ?? readableKey(key);
}

/**
 * A badge's name in `lang`. Engagement's badge catalog has one name per badge, the organization's own (`own`,
 * taken as its bokmål name), so: the organization's terminology label for `badge.<key>` in the language, else (in
 * bokmål) its own name, else the default catalog's name in the language, else its own name as written, else the
 * key made readable; never empty, never the raw key.
 */
export function badgeName(
  key: string,
  lang: Language = DEFAULT_LANGUAGE,
  own?: string | null,
  terminology?: TerminologyLabels,
): string {
  const label = organizationLabel(`badge.${key}`, lang, terminology);
  if (label) return label;
  const mine = own?.trim() || undefined;
  if (lang === DEFAULT_LANGUAGE && mine) return mine;
  return term(`badge.${key}`, lang, undefined, true) ?? mine ?? readableKey(key);
}

/** A key with no name known, made readable: `evening_walk` → "Evening walk". */
export function readableKey(key: string): string {
  return capitalize(key.replace(/[_.]+/g, " ").trim() || key);
}

/** The text of `key` in `lang` (bokmål by default) with `{param}`s and `[[term]]`s (`[[term|cap]]`) filled in. */
export function t(
  key: MessageKey,
  lang: Language = DEFAULT_LANGUAGE,
  params: Params = {},
  terminology?: TerminologyLabels,
): string {
  const text = catalog[key][lang];
  return text
    .replace(
      /\[\[([a-z0-9_.]+)(\|cap)?\]\]/g,
      (whole, k: string, cap?: string) => term(k, lang, terminology, Boolean(cap)) ?? whole,
    )
    .replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, p: string) => (p in params ? String(params[p]) : whole));
}

const LOCALES: Record<Language, string> = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };

/** A whole number as people read it in the language (bokmål: 12 345, with a no-break space). */
export function formatNumber(n: number, lang: Language = DEFAULT_LANGUAGE): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 })
    .format(n)
    .replace(/[\u202f\u2009]/g, "\u00a0");
}

/** An amount of øre as kroner people read it: 1\u00a0234,50\u00a0kr (bokmål, nynorsk), NOK\u00a01,234.50 (English). */
export function formatKroner(ore: number, lang: Language = DEFAULT_LANGUAGE): string {
  const n = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .format(ore / 100)
    .replace(/[\u202f\u2009\s]/g, "\u00a0");
  return lang === "en" ? `NOK\u00a0${n}` : `${n}\u00a0kr`;
}

/** A calendar day (YYYY-MM-DD or a Date) as people read it: 31.12.2025 (Norwegian), 31/12/2025 (English). */
export function formatDay(day: string | Date, lang: Language = DEFAULT_LANGUAGE): string {
  const iso = typeof day === "string" ? day : day.toISOString().slice(0, 10);
  const [y, m, d] = iso.split("-");
  return lang === "en" ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

/** A moment in Norwegian time, to the minute: 07.12.2026 kl. 10:41 (English: 07/12/2026 10:41). */
export function formatMoment(at: Date, lang: Language = DEFAULT_LANGUAGE): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Oslo",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = formatDay(`${parts.year}-${parts.month}-${parts.day}`, lang);
  return lang === "en" ? `${day} ${parts.hour}:${parts.minute}` : `${day} kl. ${parts.hour}:${parts.minute}`;
}
