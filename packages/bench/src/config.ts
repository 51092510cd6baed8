/** The benchmark's environment and command line (the only reader of process.env here). */
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

export const benchConfig = {
  adminUrl: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  kafkaBrokers: (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(","),
  quick: process.argv.includes("--quick"),
  /** Data set size of the scale scenario: quick (tiny) with --quick, 1M activities by default or with --full, 10M with --scale=10m. */
  scale: (arg("scale") ?? (process.argv.includes("--quick") ? "quick" : "full")) as "quick" | "full" | "10m",
  /** The gateway memory soak lasts 10 minutes only on request (not in CI): 5 s in quick mode, 30 s otherwise. */
  soak: process.argv.includes("--soak"),
  inProcess: process.argv.includes("--in-process"),
  /** --keep: the scale data set stays after the run (as `meander_bench_kept_<scale>`); --reuse: a kept one is used instead of loading it again. */
  keep: process.argv.includes("--keep"),
  reuse: process.argv.includes("--reuse"),
  /** The tracing scenario's rounds per mode and seconds per round (default 5 × 10 s; quick 2 × 1 s). */
  tracingRounds: arg("tracing-rounds") ? Number(arg("tracing-rounds")) : undefined,
  tracingSeconds: arg("tracing-seconds") ? Number(arg("tracing-seconds")) : undefined,
  /** The tracing scenario's default sampler: what the platform would pick from these (unset: its default). */
  tracesSampler: process.env.OTEL_TRACES_SAMPLER,
  tracesSamplerArg: process.env.OTEL_TRACES_SAMPLER_ARG,
  /** Concurrent writers in the event-lag scenario. */
  concurrency: Number(arg("concurrency") ?? 1),
  /** Scenarios to run (comma-separated names); all by default. */
  only: arg("only")?.split(","),
  /** BENCH_CPU_PROF=<dir>: CPU profiles of the services-mode processes during the gateway and bulk scenarios (src/profile.ts). */
  cpuProfDir: process.env.BENCH_CPU_PROF,
  /** The launched processes' NODE_OPTIONS keep the caller's, with the profiler's preload added. */
  nodeOptions: process.env.NODE_OPTIONS ?? "",
};
