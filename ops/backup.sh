#!/usr/bin/env bash
# Backup and restore of FitAtlas's data with psql alone (any client version: no pg_dump of the
# server's version needed). The schema itself comes from Flyway: restore into a database whose
# schema is at the same Flyway version (start the app once on an empty database, stop it, restore).
#
#   ops/backup.sh backup  DIR    # one consistent snapshot (repeatable read), a binary COPY per table
#   ops/backup.sh restore DIR    # wipes every table and loads the snapshot, sequences included
#   ops/backup.sh counts         # rows per table
#   ops/backup.sh check   DIR    # backup, wipe, restore, compare row counts; exit 1 on any difference
#
# Connection: the usual PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE; SCHEMA (fitatlas).
# For the embedded database set FITATLAS_DATA_DIR (e.g. data/postgres) and PGPORT (the port printed
# at start-up, or FITATLAS_DB_PORT): the superuser's password is read from the folder. A restore
# needs a role that may set session_replication_role (a superuser, or one granted SET on it).
set -euo pipefail

SCHEMA="${SCHEMA:-fitatlas}"
export PGHOST="${PGHOST:-localhost}" PGDATABASE="${PGDATABASE:-postgres}"
if [[ -n "${FITATLAS_DATA_DIR:-}" ]]; then
	credentials="$FITATLAS_DATA_DIR/fitatlas-credentials.properties"
	[[ -r "$credentials" ]] || { echo "backup: cannot read $credentials" >&2; exit 2; }
	export PGUSER=postgres
	PGPASSWORD="$(sed -n 's/^superuser-password=//p' "$credentials")"
	export PGPASSWORD
fi
[[ "$SCHEMA" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "backup: SCHEMA must be a plain name, was $SCHEMA" >&2; exit 2; }

sql() { psql -X -v ON_ERROR_STOP=1 -q -At "$@"; }

tables() {
	sql -c "select tablename from pg_tables where schemaname = '$SCHEMA'
	        and tablename <> 'flyway_schema_history' order by 1"
}

counts() {
	local t
	for t in $(tables); do
		printf '%s %s\n' "$t" "$(sql -c "select count(*) from $SCHEMA.\"$t\"")"
	done
}

flyway_version() {
	sql -c "select coalesce(max(version), '') from $SCHEMA.flyway_schema_history where success" 2>/dev/null || true
}

backup() {
	local dir="$1" t script
	mkdir -p "$dir"
	script="begin isolation level repeatable read read only;"$'\n'
	for t in $(tables); do
		script+="\\copy (select * from $SCHEMA.\"$t\") to '$dir/$t.copy' with (format binary)"$'\n'
	done
	script+="\\o $dir/sequences.txt"$'\n'
	script+="select sequencename || ' ' || coalesce(last_value, 0) || ' ' || (last_value is not null)
	         from pg_sequences where schemaname = '$SCHEMA' order by 1;"$'\n'
	script+="\\o $dir/counts.txt"$'\n'
	for t in $(tables); do
		script+="select '$t ' || count(*) from $SCHEMA.\"$t\";"$'\n'
	done
	script+="commit;"$'\n'
	sql <<<"$script"
	flyway_version >"$dir/flyway-version.txt"
	echo "backup: $(wc -l <"$dir/counts.txt") tables to $dir (schema version $(cat "$dir/flyway-version.txt"))"
}

restore() {
	local dir="$1" t name value called script list=""
	[[ -f "$dir/counts.txt" ]] || { echo "backup: $dir holds no backup" >&2; exit 2; }
	if [[ "$(flyway_version)" != "$(cat "$dir/flyway-version.txt")" ]]; then
		echo "backup: the database's schema is at version $(flyway_version), the backup's at" \
			"$(cat "$dir/flyway-version.txt"): start the matching app version once first" >&2
		exit 2
	fi
	for t in $(tables); do list+="${list:+, }$SCHEMA.\"$t\""; done
	script="begin;"$'\n'"set local session_replication_role = replica;"$'\n'
	script+="truncate $list;"$'\n'
	for t in $(tables); do
		[[ -f "$dir/$t.copy" ]] && script+="\\copy $SCHEMA.\"$t\" from '$dir/$t.copy' with (format binary)"$'\n'
	done
	while read -r name value called; do
		script+="select setval('$SCHEMA.\"$name\"', greatest($value, 1), $called);"$'\n'
	done <"$dir/sequences.txt"
	script+="commit;"$'\n'
	sql -o /dev/null <<<"$script"
	echo "backup: restored $dir"
}

wipe() {
	local t list=""
	for t in $(tables); do list+="${list:+, }$SCHEMA.\"$t\""; done
	sql -c "truncate $list cascade"
}

check() {
	local dir="$1" before after
	before="$(counts)"
	backup "$dir"
	wipe
	if [[ "$(counts | awk '{s += $2} END {print s + 0}')" != 0 ]]; then
		echo "backup: the wipe left rows behind" >&2
		exit 1
	fi
	restore "$dir"
	after="$(counts)"
	if [[ "$before" != "$after" ]]; then
		echo "backup: row counts differ after the restore" >&2
		diff <(echo "$before") <(echo "$after") >&2 || true
		exit 1
	fi
	echo "backup: $(echo "$after" | wc -l) tables, $(echo "$after" | awk '{s += $2} END {print s}') rows, the same after backup, wipe and restore"
	echo "$after"
}

case "${1:-}" in
	backup) backup "${2:?backup DIR}" ;;
	restore) restore "${2:?restore DIR}" ;;
	counts) counts ;;
	check) check "${2:?check DIR}" ;;
	*) sed -n '2,16p' "$0" >&2; exit 2 ;;
esac
