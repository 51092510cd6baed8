/** A throwaway PostgreSQL database with one pg schema holding the outbox tables (this package cannot use @meander/testing, which depends on it). */
import { randomBytes } from "node:crypto";
import { pgSchema } from "drizzle-orm/pg-core";
import pg from "pg";
import { connectPostgres, type DatabaseHandle } from "@meander/db";
import { eventTables } from "../src/outbox.js";
import { testEnv } from "./config.js";

const adminUrl = testEnv.adminUrl;
export const schema = pgSchema("evtest");
export const tables = eventTables(schema);

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function freshDatabase(): Promise<{ handle: DatabaseHandle; url: string; drop(): Promise<void> }> {
  const name = `meander_t_events_${randomBytes(4).toString("hex")}`;
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = connectPostgres(url.toString());
  await handle.db.execute(
    `
    create schema evtest;
    create table evtest.outbox (position bigserial primary key, id uuid not null unique, type text not null, version integer not null,
      topic text not null, aggregate_id text not null, organization_id uuid, actor_id uuid, occurred_at timestamptz not null,
      payload jsonb not null, sent_at timestamptz, attempts integer not null default 0, last_error text, headers jsonb);
    create table evtest.processed_events (consumer text not null, event_id uuid not null, processed_at timestamptz not null default now(),
      primary key (consumer, event_id));
    create table evtest.effects (event_id uuid primary key, n integer not null);
  ` as never,
  );
  return {
    handle,
    url: url.toString(),
    async drop() {
      await handle.close();
      await admin(`drop database ${name} with (force)`);
    },
  };
}
