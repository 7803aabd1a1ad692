#!/bin/sh
# Runs once, when the PostgreSQL volume is empty: one database and one login role per service, so no service
# can read another's tables. Passwords come from the environment (.env), never from this file.
set -eu
for svc in intake takedown notifier; do
  var="$(echo "$svc" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  eval "password=\${$var}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$svc" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
