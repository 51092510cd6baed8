#!/bin/sh
# Runs once, when the postgres container initialises its data directory: the role the services work as
# (DATABASE_URL). It owns nothing and cannot bypass row-level security; the subgraphs' migrations (run as the
# owner, MIGRATION_DATABASE_URL) grant it what it may touch.
set -eu
: "${MEANDER_APP_PASSWORD:?set MEANDER_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v pw="$MEANDER_APP_PASSWORD" <<'SQL'
create role meander_app login nobypassrls password :'pw';
SQL
