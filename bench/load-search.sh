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
# After the measured run, a short run with one connection (SERIAL, 10s, 0 to skip) gives
# the latency of one request without queueing, and the CPU time per request of the app,
# its PostgreSQL and the rest (wrk) is printed.
#
# Settings (environment): DURATION (30s), WARMUP (10s, 0 to skip), THREADS (2),
# CONNECTIONS (16), CATALOG_DIR (the repository's catalog/; another folder with
# taxonomy.yml and exercises/*.md can be given to load a bigger catalog),
# STARTUP_TIMEOUT (240 seconds), APP_LIFETIME (a hard cap on the app's life, 600 s),
# CORPUS=N (load the app with the JMH corpus of N exercises instead of the repository's
# catalog: catalog + free-exercise-db repeated, written as catalog files by
# org.fitatlas.bench.WriteCatalog; results in load-search-N.txt),
# PROFILE=1 (records the measured run with Java Flight Recorder and writes where the app's
# CPU time went to bench/results/load-search[-N]-profiled-cpu.txt, the recording to
# bench/results/load-search[-N]-profiled.jfr; results in load-search[-N]-profiled.txt).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Other work on the same cores inflates every number: measure how busy the CPUs are
# (over 3 seconds, from /proc/stat) and say so before measuring.
busy_check() {
	local a b
	a=($(head -1 /proc/stat))
	sleep 3
	b=($(head -1 /proc/stat))
	local total=0 idle i
	for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
	idle=$((b[4] - a[4] + b[5] - a[5]))
	CPU_BUSY=$(( total > 0 ? 100 * (total - idle) / total : 0 ))
	echo "load-search: CPUs ${CPU_BUSY}% busy before measuring (nproc=$(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg))"
	if (( CPU_BUSY > 15 )); then
		echo "load-search: WARNING: other work is using the CPUs; the results will be slower than on an idle machine." >&2
	fi
}
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-10s}"
SERIAL="${SERIAL:-10s}"
PROFILE="${PROFILE:-0}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
CATALOG_DIR="${CATALOG_DIR:-$ROOT/catalog}"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-240}"
APP_LIFETIME="${APP_LIFETIME:-600}"
JAR="$ROOT/target/fitatlas-0.1.0-SNAPSHOT-exec.jar"
RESULTS="$BENCH_DIR/results"
CORPUS="${CORPUS:-0}"
# A profiled run is slower, a bigger corpus is another measurement: keep their numbers apart.
RESULT_NAME="load-search"
[[ "$CORPUS" != "0" ]] && RESULT_NAME="$RESULT_NAME-$CORPUS"
[[ "$PROFILE" == "1" ]] && RESULT_NAME="$RESULT_NAME-profiled"
RESULT_FILE="$RESULTS/$RESULT_NAME.txt"

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
if [[ "$CORPUS" != "0" ]]; then
	# The benchmark corpus (catalog + free-exercise-db, repeated) written as a catalog folder.
	if [[ ! -f "$BENCH_DIR/target/benchmarks.jar" ]]; then
		(cd "$ROOT" && ./mvnw -q -f bench/pom.xml package)
	fi
	CATALOG_DIR="$WORK/catalog"
	(cd "$ROOT" && java -cp "$BENCH_DIR/target/benchmarks.jar" org.fitatlas.bench.WriteCatalog "$CATALOG_DIR" "$CORPUS")
fi
busy_check
# A private copy, so a rebuild of target/ during the run cannot change the jar under the app.
cp "$JAR" "$WORK/app.jar"
echo "load-search: jar $(sha256sum "$JAR" | cut -c1-12)… built $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ)"
echo "load-search: starting $JAR on 127.0.0.1 (data in $WORK/pg, catalog $CATALOG_DIR)…"
# From the temporary folder, so nothing the app writes lands in the repository.
# `timeout` caps the app's life even if this script is killed before its clean-up.
JVM_OPTS=(-Xms512m -Xmx1g)
# Recording from the start (rather than starting it under load) keeps JFR from disturbing
# the compiled code during the measured run; the dump starts at the measured run (JFR may
# add a few seconds before it) and the summary counts request threads only.
[[ "$PROFILE" == "1" ]] && JVM_OPTS+=(-XX:FlightRecorderOptions:stackdepth=128 -XX:StartFlightRecording:name=app,settings=default)
(cd "$WORK" && exec timeout --kill-after=20s "${APP_LIFETIME}s" java "${JVM_OPTS[@]}" -jar "$WORK/app.jar" \
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

# CPU time (clock ticks) used so far by the app's JVM and by this run's PostgreSQL processes.
cpu_ticks() {
	local total=0 pid rest
	for pid in "$@"; do
		[[ -r "/proc/$pid/stat" ]] || continue
		rest="$(sed 's/^.*) //' "/proc/$pid/stat")"
		read -r -a f <<<"$rest"
		total=$((total + f[11] + f[12]))
	done
	echo "$total"
}
pg_pids() {
	local main
	for main in $(pgrep -f -- "-D $WORK/pg" || true); do
		echo "$main"
		pgrep -P "$main" || true
	done
}
JAVA_PID="$(pgrep -P "$APP_PID" java | head -1 || true)"
JAVA_PID="${JAVA_PID:-$APP_PID}"
machine_ticks() { head -1 /proc/stat | awk '{ print $2 + $3 + $4 + $7 + $8 + $9 }'; }

echo "load-search: measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (nproc=$(nproc), client and server share the cores)…"
{
	echo "# CPUs ${CPU_BUSY}% busy before the app started (nproc=$(nproc))"
	echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE/api/v1/search (rotating queries)"
	grep -o 'Search index built: .*' "$WORK/app.log" | tail -1 || true
	run_start="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
	app0="$(cpu_ticks "$JAVA_PID")"
	pg0="$(cpu_ticks $(pg_pids))"
	all0="$(machine_ticks)"
	timeout 300 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency -s "$BENCH_DIR/load/search.lua" "$BASE" \
		| tee "$WORK/wrk.txt"
	app1="$(cpu_ticks "$JAVA_PID")"
	pg1="$(cpu_ticks $(pg_pids))"
	all1="$(machine_ticks)"
	if [[ "$PROFILE" == "1" ]]; then
		jcmd "$JAVA_PID" JFR.dump name=app begin="$run_start" filename="$WORK/load.jfr" >/dev/null
	fi
	requests="$(awk '/^requests: / { print $2 }' "$WORK/wrk.txt")"
	if [[ -n "$requests" && "$requests" -gt 0 ]]; then
		hz="$(getconf CLK_TCK)"
		awk -v a=$((app1 - app0)) -v p=$((pg1 - pg0)) -v m=$((all1 - all0)) -v n="$requests" -v hz="$hz" 'BEGIN {
			printf "CPU per request:  app JVM %.2f ms, PostgreSQL %.2f ms, everything else (wrk, OS) %.2f ms\n",
				1000 * a / hz / n, 1000 * p / hz / n, 1000 * (m - a - p) / hz / n }'
	fi
	if [[ "$SERIAL" != "0" ]]; then
		echo "# one connection, one request at a time, $SERIAL (latency without queueing):"
		timeout 120 wrk -t1 -c1 -d"$SERIAL" --timeout 5s --latency -s "$BENCH_DIR/load/search.lua" "$BASE" \
			| grep -E '^(requests/s|latency p(50|99) )' | sed 's/^/serial /'
	fi
} | tee "$RESULT_FILE"

if [[ "$PROFILE" == "1" && -f "$WORK/load.jfr" ]]; then
	# Where the request threads' CPU samples went: each sample goes to the first rule whose
	# method appears anywhere on its stack; then the hottest leaf methods.
	jfr print --events jdk.ExecutionSample --stack-depth 512 "$WORK/load.jfr" | awk -f "$BENCH_DIR/load/jfr-summary.awk" >"$RESULTS/$RESULT_NAME-cpu.txt"
	cp "$WORK/load.jfr" "$RESULTS/$RESULT_NAME.jfr"
	echo "load-search: profile of the app under load: $RESULTS/$RESULT_NAME-cpu.txt (recording: $RESULTS/$RESULT_NAME.jfr, not versioned)"
fi

stop_app
echo
echo "load-search: $(grep '^requests/s:' "$RESULT_FILE" | tr -s ' ')"
echo "load-search: $(grep '^latency p99 ' "$RESULT_FILE" | tr -s ' ')"
