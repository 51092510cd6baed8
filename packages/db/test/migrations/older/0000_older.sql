CREATE SCHEMA "older";
--> statement-breakpoint
CREATE TABLE "older"."things" ("id" integer PRIMARY KEY);
