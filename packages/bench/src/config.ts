/** The benchmark's environment (the only reader of process.env here). */
export const benchConfig = {
  adminUrl: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  kafkaBrokers: (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(","),
  quick: process.argv.includes("--quick"),
  inProcess: process.argv.includes("--in-process"),
};
