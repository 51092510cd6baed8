/** The test harness's environment (the only reader of process.env in this package). */
export const testConfig = {
  /** A PostgreSQL role that may create databases; trust auth on this machine. */
  adminUrl: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  logLevel: process.env.LOG_LEVEL ?? "silent",
};
