/** The languages people read Meander in: Norwegian bokmål (the default), nynorsk, English. */
export const LANGUAGES = ["nb", "nn", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nb";

/** One text in every language. */
export type Texts = Readonly<Record<Language, string>>;

/** A domain's texts, keyed by id (`report.cover.title`, `notification.expense.approved`, ...). */
export type MessageTable = Readonly<Record<string, Texts>>;

/**
 * An organization's own words, as its settings publish them (`organization.settings.changed`, section
 * `terminology`): one label per term key and language. Languages the catalog does not speak (e.g. `se`) are ignored.
 */
export type TerminologyLabels = ReadonlyArray<{ key: string; language: string; label: string }>;

export type Params = Readonly<Record<string, string | number>>;

/** Whether a value (e.g. a GraphQL enum value `NB`, or an Accept-Language tag) names one of the catalog's languages. */
export function languageOf(value: string | null | undefined): Language {
  const v = (value ?? "").toLowerCase().slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(v) ? (v as Language) : DEFAULT_LANGUAGE;
}
