#!/usr/bin/env bash
# HTTP load test of GET /api/v1/search on one FitAtlas node, loopback only, bounded in time.
#
#   bench/load-search.sh
#
# Starts target/fitatlas-0.1.0-SNAPSHOT-exec.jar on a free port of 127.0.0.1 with a
# temporary data folder (its embedded PostgreSQL lives there), waits until it is ready,
# runs wrk with bench/load/search.lua (rotating realistic queries) for a short warm-up and
# then the measured run, prints requests/s and p99, stops the app and removes the
# temporary folder. Results: bench/results/load-search.txt.
#
# Settings (environment): DURATION (30s), WARMUP (10s, 0 to skip), THREADS (2),
# CONNECTIONS (16), CATALOG_DIR (the repository's catalog/; another folder with
# taxonomy.yml and exercises/*.md can be given to load a bigger catalog),
# STARTUP_TIMEOUT (240 seconds), APP_LIFETIME (a hard cap on the app's life, 600 s).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Other work on the same cores inflates every number: say so before measuring.
busy_check() {
	local load
	load="$(cut -d' ' -f1 /proc/loadavg)"
	echo "load-search: load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg) (nproc=$(nproc))"
	if awk -v l="$load" 'BEGIN { exit !(l > 0.5) }'; then
		echo "load-search: WARNING: the machine is busy (load $load); the results will be slower than on an idle machine." >&2
	fi
}
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
CATALOG_DIR="${CATALOG_DIR:-$ROOT/catalog}"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-240}"
APP_LIFETIME="${APP_LIFETIME:-600}"
JAR="$ROOT/target/fitatlas-0.1.0-SNAPSHOT-exec.jar"
RESULTS="$BENCH_DIR/results"

if ! command -v wrk >/dev/null 2>&1; then
	echo "load-search: wrk is missing; installing it (apt-get install -y wrk)…"
	apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
if [[ ! -f "$JAR" ]]; then
	echo "load-search: $JAR is missing; building it…"
	(cd "$ROOT" && ./mvnw -q -DskipTests package)
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/fitatlas-load.XXXXXX")"
APP_PID=""

stop_app() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		echo "load-search: stopping the app (pid $APP_PID)…"
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 0.5
		done
		kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
	# The embedded PostgreSQL normally stops with the app; if it outlived it, stop the
	# processes whose command line names this run's own data folder (and only those).
	local leftovers
	leftovers="$(pgrep -f -- "$WORK/pg" || true)"
	if [[ -n "$leftovers" ]]; then
		echo "load-search: stopping leftover PostgreSQL processes $leftovers"
		kill -TERM $leftovers 2>/dev/null || true
		sleep 2
	fi
}

cleanup() {
	stop_app
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$RESULTS"
echo "load-search: starting $JAR on 127.0.0.1 (data in $WORK/pg, catalog $CATALOG_DIR)…"
# From the temporary folder, so nothing the app writes lands in the repository.
# `timeout` caps the app's life even if this script is killed before its clean-up.
(cd "$WORK" && exec timeout --kill-after=20s "${APP_LIFETIME}s" java -Xms512m -Xmx1g -jar "$JAR" \
	--server.port=0 --server.address=127.0.0.1 \
	--fitatlas.database.data-dir="$WORK/pg" \
	--fitatlas.catalog.dir="$CATALOG_DIR" >"$WORK/app.log" 2>&1) &
APP_PID=$!

PORT=""
for _ in $(seq 1 "$((STARTUP_TIMEOUT * 2))"); do
	if ! kill -0 "$APP_PID" 2>/dev/null; then
		echo "load-search: the app exited before it was ready; its log:" >&2
		tail -50 "$WORK/app.log" >&2
		exit 1
	fi
	PORT="$(grep -o 'FitAtlas is ready at http://localhost:[0-9]*' "$WORK/app.log" | head -1 | grep -o '[0-9]*$' || true)"
	[[ -n "$PORT" ]] && break
	sleep 0.5
done
if [[ -z "$PORT" ]]; then
	echo "load-search: the app was not ready after ${STARTUP_TIMEOUT}s; its log:" >&2
	tail -50 "$WORK/app.log" >&2
	exit 1
fi
BASE="http://127.0.0.1:$PORT"
echo "load-search: ready at $BASE"
grep -o 'Search index built: .*' "$WORK/app.log" | tail -1 || true

# Every query of the script must answer 200 with hits, or the load would measure errors.
echo "load-search: checking each query once…"
lua_queries="$(sed -n '/^local queries = {/,/^}/p' "$BENCH_DIR/load/search.lua" | grep -o '"[^"]*"' | tr -d '"')"
count=0
while IFS= read -r q; do
	[[ -z "$q" ]] && continue
	body="$(curl -s -G --max-time 10 -o - -w '\n%{http_code}' --data-urlencode "q=$q" --data-urlencode "limit=10" "$BASE/api/v1/search")"
	code="${body##*$'\n'}"
	if [[ "$code" != "200" ]]; then
		echo "load-search: query '$q' answered HTTP $code" >&2
		exit 1
	fi
	count=$((count + 1))
done <<<"$lua_queries"
echo "load-search: $count queries answer 200"

if [[ "$WARMUP" != "0" ]]; then
	echo "load-search: warm-up: wrk -t$THREADS -c$CONNECTIONS -d$WARMUP (not recorded)…"
	timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 5s -s "$BENCH_DIR/load/search.lua" "$BASE" >/dev/null
fi

busy_check
echo "load-search: measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (nproc=$(nproc), client and server share the cores)…"
{
	echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE/api/v1/search (rotating queries)"
	grep -o 'Search index built: .*' "$WORK/app.log" | tail -1 || true
	timeout 300 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency -s "$BENCH_DIR/load/search.lua" "$BASE"
	echo "load average at the end (includes the app and wrk themselves): $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS/load-search.txt"

stop_app
echo
echo "load-search: $(grep '^requests/s:' "$RESULTS/load-search.txt" | tr -s ' ')"
echo "load-search: $(grep '^latency p99 ' "$RESULTS/load-search.txt" | tr -s ' ')"
