CREATE SCHEMA "newer";
--> statement-breakpoint
CREATE TABLE "newer"."things" ("id" integer PRIMARY KEY);
