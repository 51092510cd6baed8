/** The test harness's environment (the only reader of process.env in this package). */
export const testConfig = {
  /** A PostgreSQL role that may create databases; trust auth on this machine. */
  adminUrl: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  logLevel: process.env.LOG_LEVEL ?? "silent",
  /** The broker event flows in tests run on (npm test starts one from infra/kafka). */
  kafkaBrokers: (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(","),
};
