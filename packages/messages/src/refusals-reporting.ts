/** Refusal texts (see refusals.ts for the keys and how they are picked). Reporting: Bufdir reports, statistics, report definitions, the audit log. */
import type { MessageTable } from "./types.js";

export const reportingRefusals = {
  // Reporting.
  "refusal.dimension_allowed": { nb: "Ukjent dimensjon", nn: "Ukjend dimensjon", en: "Unknown dimension" },
  "refusal.dimension_unique": {
    nb: "En dimensjon er oppgitt to ganger",
    nn: "Ein dimensjon er oppgitt to gonger",
    en: "A dimension is given twice",
  },
  "refusal.dimensions_max": { nb: "For mange dimensjoner", nn: "For mange dimensjonar", en: "Too many dimensions" },
  "refusal.filter_values_max": {
    nb: "For mange verdier i filteret",
    nn: "For mange verdiar i filteret",
    en: "Too many values in the filter",
  },
  "refusal.frequency_allowed": { nb: "Ukjent frekvens", nn: "Ukjend frekvens", en: "Unknown frequency" },
  "refusal.id_format": { nb: "Ikke en gyldig id", nn: "Ikkje ein gyldig id", en: "Not a valid id" },
  "refusal.metric_allowed": { nb: "Ukjent måltall", nn: "Ukjent måltal", en: "Unknown metric" },
  "refusal.metric_unique": {
    nb: "Et måltall er oppgitt to ganger",
    nn: "Eit måltal er oppgitt to gonger",
    en: "A metric is given twice",
  },
  "refusal.metrics_required": {
    nb: "Velg minst ett måltall",
    nn: "Vel minst eitt måltal",
    en: "Choose at least one metric",
  },
  "refusal.name_unique": {
    nb: "En annen har allerede dette navnet",
    nn: "Ein annan har alt dette namnet",
    en: "Another one has this name",
  },
  "refusal.period_dates": {
    nb: "Bare en fast periode har fra- og til-dato",
    nn: "Berre ein fast periode har frå- og til-dato",
    en: "Only a FIXED period takes from and to",
  },
  "refusal.period_kind_allowed": { nb: "Ukjent periode", nn: "Ukjend periode", en: "Unknown period" },
  "refusal.period_length": { nb: "Perioden er for lang", nn: "Perioden er for lang", en: "The period is too long" },
  "refusal.period_order": {
    nb: "Perioden slutter før den starter",
    nn: "Perioden sluttar før han startar",
    en: "The period ends before it starts",
  },
  "refusal.period_range": {
    nb: "Perioden slutter før den starter",
    nn: "Perioden sluttar før han startar",
    en: "The period ends before it starts",
  },
  "refusal.start_range": {
    nb: "Første kjøring er høyst ett år fram i tid",
    nn: "Første køyring er høgst eitt år fram i tid",
    en: "The first run is at most a year ahead",
  },
  "refusal.status_allowed": {
    nb: "Ukjent status i filteret",
    nn: "Ukjend status i filteret",
    en: "Unknown status in the filter",
  },
  "refusal.year_not_ended": {
    nb: "Dette kan bare lages for et år som er slutt",
    nn: "Dette kan berre lagast for eit år som er slutt",
    en: "This can only be made for a year that has ended",
  },
  "refusal.year_range": {
    nb: "Året må være mellom 2000 og 2100",
    nn: "Året må vere mellom 2000 og 2100",
    en: "The year must be between 2000 and 2100",
  },
} as const satisfies MessageTable;
