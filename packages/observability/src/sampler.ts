/**
 * The head sampler, chosen as operators expect from the standard variables (OpenTelemetry's SDK configuration):
 * `OTEL_TRACES_SAMPLER` (always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off,
 * parentbased_traceidratio) and `OTEL_TRACES_SAMPLER_ARG` (the ratio, 0 to 1). Meander's default is
 * `parentbased_traceidratio` at 0.1: one request in ten is traced from the gateway through every subgraph, the
 * outbox and Kafka (the decision travels in `traceparent`, so a trace is whole or absent), at a tenth of the cost.
 * Tests that follow a whole trace set `always_on`.
 */
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
} from "@opentelemetry/sdk-trace-base";

export const DEFAULT_SAMPLER = "parentbased_traceidratio";
export const DEFAULT_SAMPLER_RATIO = 0.1;

export type SamplerName =
  | "always_on"
  | "always_off"
  | "traceidratio"
  | "parentbased_always_on"
  | "parentbased_always_off"
  | "parentbased_traceidratio";
const NAMES: readonly SamplerName[] = [
  "always_on",
  "always_off",
  "traceidratio",
  "parentbased_always_on",
  "parentbased_always_off",
  "parentbased_traceidratio",
];

export interface SamplerChoice {
  /** The sampler as built (the SDK's). */
  sampler: Sampler;
  /** Its name, as configured (unknown names fall back to the default, as the SDK does). */
  name: SamplerName;
  /** The ratio of a ratio sampler (undefined for the others). */
  ratio?: number;
  /** Follows the parent's decision: a span under an unsampled parent is never recorded (helpers then skip it). */
  parentBased: boolean;
}

/**
 * The sampler of `name` and `arg` (each service's config reads them from OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG:
 * @meander/config's env.tracesSampler), else the default.
 */
export function chooseSampler(name?: string, arg?: string | number): SamplerChoice {
  const wanted = (name ?? DEFAULT_SAMPLER).trim().toLowerCase();
  const chosen = (NAMES as readonly string[]).includes(wanted) ? (wanted as SamplerName) : DEFAULT_SAMPLER;
  const raw = arg;
  const parsed = raw === undefined || raw === "" ? NaN : Number(raw);
  const ratio = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : DEFAULT_SAMPLER_RATIO;
  const parentBased = chosen.startsWith("parentbased_");
  const root = chosen.endsWith("always_on")
    ? new AlwaysOnSampler()
    : chosen.endsWith("always_off")
      ? new AlwaysOffSampler()
      : new TraceIdRatioBasedSampler(ratio);
  return {
    sampler: parentBased ? new ParentBasedSampler({ root }) : root,
    name: chosen,
    ...(chosen.endsWith("traceidratio") ? { ratio } : {}),
    parentBased,
  };
}
