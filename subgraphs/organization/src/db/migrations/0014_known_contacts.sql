CREATE TABLE "organization"."known_contacts" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL
);
