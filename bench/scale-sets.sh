#!/usr/bin/env bash
# Data at scale (issue 15): a person's history, progress chart data and next target with 1,000 sets
# in the database, then again with PEOPLE (100,000) people x SETS (100) = 10 million sets loaded
# beside them with COPY. Starts the packaged app on a fresh embedded PostgreSQL (fsync on) on a
# loopback port; every step is bounded in time; the data folder is removed at the end.
#
#   bench/scale-sets.sh                    # PEOPLE=100000 SETS=100; results: bench/results/scale-sets.txt
#   PEOPLE=1000 bench/scale-sets.sh        # a quick run
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
PEOPLE="${PEOPLE:-100000}"
SETS="${SETS:-100}"
REQUESTS="${REQUESTS:-100}"
JAR="${JAR:-$ROOT/target/fitatlas-0.1.0-SNAPSHOT-exec.jar}"
RESULTS="$BENCH_DIR/results"

WORK=""
APP_PID=""
cleanup() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 120); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -KILL "$APP_PID" 2>/dev/null || true
	fi
	[[ -n "$WORK" ]] && rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
[[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fitatlas-scale.XXXXXX")"
PORT="$(free_port)"
DB_PORT="$(free_port)"
cp "$JAR" "$WORK/app.jar"
(cd "$WORK" && exec timeout --kill-after=30s 7200s java -Xmx512m -jar app.jar --server.port="$PORT" \
	--server.address=127.0.0.1 --fitatlas.database.data-dir="$WORK/pg" --fitatlas.database.port="$DB_PORT" \
	>"$WORK/app.log" 2>&1) &
APP_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 1200); do
	kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; exit 1; }
	[[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" == "200" ]] && break
	sleep 0.1
done

export PGHOST=127.0.0.1 PGPORT="$DB_PORT" PGUSER=postgres PGDATABASE=postgres
PGPASSWORD="$(sed -n 's/^superuser-password=//p' "$WORK/pg/fitatlas-credentials.properties")"
export PGPASSWORD
sql() { timeout 3600 psql -X -v ON_ERROR_STOP=1 -q -At "$@"; }

EMAIL="probe-$(date +%s)@fitatlas.test"
curl -sf -o /dev/null -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"correct horse battery staple\",\"displayName\":\"Probe\"}" "$BASE/api/v1/accounts"
TOKEN="$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"correct horse battery staple\",\"name\":\"scale\"}" "$BASE/api/v1/tokens" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')"
PROBE="$(sql -c "select id from fitatlas.account where email_canonical = '$EMAIL'")"

load() { # kind people sets-per-person first-id
	local columns
	case "$1" in
		accounts) columns="id, email, email_canonical, password_hash, display_name, role" ;;
		sessions) columns="account_id, id, title, started_at, ended_at" ;;
		sets) columns="account_id, session_id, id, position, exercise_slug, exercise_name, set_type, reps, load_kg, hold_seconds, side, completed_at" ;;
	esac
	python3 "$BENCH_DIR/load/generate_sets.py" "$@" |
		PGOPTIONS="-c session_replication_role=replica -c synchronous_commit=off" \
			sql -c "\\copy fitatlas.$([[ $1 == accounts ]] && echo account || ([[ $1 == sessions ]] && echo training_session || echo training_set)) ($columns) from stdin"
}

measure() { # label
	local route path times
	for route in "history|/api/v1/exercises/push-up/history" "next target|/api/v1/progression/push-up" \
		"sessions list|/api/v1/sessions?limit=20"; do
		path="${route#*|}"
		for _ in $(seq 1 20); do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE$path"; done
		times="$(for _ in $(seq 1 "$REQUESTS"); do
			curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 -H "Authorization: Bearer $TOKEN" "$BASE$path"
		done)"
		echo "$times" | awk '{ print ($1 == 200 ? 0 : 1), $2 * 1000 }' | sort -k2 -n |
			awk -v label="$1" -v route="${route%%|*}" '
			function at(p) { i = int(NR * p); return t[i < 1 ? 1 : i] }
			{ bad += $1; t[NR] = $2 }
			END { printf "| %s | %s | %d | %.1f | %.1f | %.1f | %d |\n", label, route, NR, at(0.5), at(0.95), t[NR], bad }'
	done
}

mkdir -p "$RESULTS"
{
	echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) nproc=$(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg); app and curl on the same cores"
	load sessions 1 1000 "$PROBE" && load sets 1 1000 "$PROBE"
	sql -c "analyze"
	echo "| data | route (the probe's own 1,000 sets) | requests | p50 ms | p95 ms | max ms | non-200 |"
	echo "|---|---|---|---|---|---|---|"
	measure "1,000 sets"
	start=$(date +%s)
	load accounts "$PEOPLE" "$SETS" 1000000
	load sessions "$PEOPLE" "$SETS" 1000000
	load sets "$PEOPLE" "$SETS" 1000000
	loaded=$(( $(date +%s) - start ))
	sql -c "analyze"
	measure "$(sql -c "select to_char(count(*), 'FM999,999,999') from fitatlas.training_set") sets"
	echo "# loaded $PEOPLE people, $((PEOPLE * SETS)) sets with COPY in $loaded s; table + indexes: $(sql -c "select pg_size_pretty(pg_total_relation_size('fitatlas.training_set'))")"
	echo "# the history query's plan for the probe:"
	sql -c "explain (analyze, buffers, costs off) select t.id from fitatlas.training_set t join fitatlas.training_session s
	        on s.account_id = t.account_id and s.id = t.session_id
	        where t.account_id = $PROBE and t.exercise_slug = 'push-up' order by s.started_at, s.id, t.position, t.id" | sed 's/^/#   /'
} | tee "$RESULTS/scale-sets.txt"
