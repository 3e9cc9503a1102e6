#!/usr/bin/env bash
# The route mix of issue 11 under the same load, in one run, with ratios to the taxonomy.
#
#   bench/load-mix.sh                 # starts target/fitatlas-0.1.0-SNAPSHOT-exec.jar itself
#   BASE=http://127.0.0.1:18080 bench/load-mix.sh   # or measures an app already running
#
# First every route is warmed up (WARMUP, 5s each, not recorded). Then for each route in
# turn: 2 s not recorded, DURATION (10s) of
# `wrk -t2 -c8` (requests/s), then SERIAL (5s) of one connection (p50 of a lone request).
# Every route gets the same time. ROUNDS (1) repeats the whole mix, so that a busy
# neighbour on the shared cores hits every route alike; the table gives each round.
# Ratios are requests/s of the route over the taxonomy endpoint's, measured for the same
# time right before the route: the machine is shared, absolute numbers are noisy, ratios
# of neighbouring measurements much less so.
# ENCODING=gzip sends Accept-Encoding: gzip (as browsers do); by default nothing is asked.
# JAR (target/fitatlas-0.1.0-SNAPSHOT-exec.jar), JAVA_OPTS (-Xms256m -Xmx1g) and APP_ARGS (e.g.
# --fitatlas.search.kept-ranking-hits=0: every search ranks anew) for the app started here; it runs on a free loopback port
# with a temporary data folder, both removed at the end. Results: bench/results/load-mix.txt.
#
#   bench/load-mix.sh users           # issue 15: 200 concurrent virtual users with the whole mix
#                                     # (sign-in, set logging, plans, progress too): bench/load-users.sh
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ "${1:-}" == "users" ]]; then
	exec "$BENCH_DIR/load-users.sh"
fi
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
SERIAL="${SERIAL:-5s}"
ROUNDS="${ROUNDS:-1}"
ENCODING="${ENCODING:-}"
SLUG="${SLUG:-bird-dog}"
JAR="${JAR:-$ROOT/target/fitatlas-0.1.0-SNAPSHOT-exec.jar}"
RESULTS="$BENCH_DIR/results"
BASE="${BASE:-}"

ROUTES=(
	"/api/v1/taxonomy|application/json"
	"/api/v1/exercises/$SLUG|application/json"
	"/api/v1/search?q=hamstring%20stretch|application/json"
	"/|text/html"
	"/exercises|text/html"
	"/exercises/$SLUG|text/html"
)

command -v wrk >/dev/null || { echo "load-mix: wrk is missing (apt-get install wrk)" >&2; exit 1; }

busy() {
	local a b total=0 idle i
	a=($(head -1 /proc/stat)); sleep 2; b=($(head -1 /proc/stat))
	for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
	idle=$((b[4] - a[4] + b[5] - a[5]))
	echo $(( total > 0 ? 100 * (total - idle) / total : 0 ))
}

WORK=""
APP_PID=""
cleanup() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -KILL "$APP_PID" 2>/dev/null || true
	fi
	[[ -n "$WORK" ]] && rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -z "$BASE" ]]; then
	[[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
	WORK="$(mktemp -d "${TMPDIR:-/tmp}/fitatlas-mix.XXXXXX")"
	cp "$JAR" "$WORK/app.jar"
	# `timeout` caps the app's life even if this script dies before its clean-up.
	(cd "$WORK" && exec timeout --kill-after=20s 900s java ${JAVA_OPTS:--Xms256m -Xmx1g} -jar app.jar \
		--server.port=0 --server.address=127.0.0.1 --fitatlas.database.data-dir="$WORK/pg" \
		--fitatlas.catalog.dir="$ROOT/catalog" ${APP_ARGS:-} >"$WORK/app.log" 2>&1) &
	APP_PID=$!
	for _ in $(seq 1 480); do
		kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; exit 1; }
		PORT="$(grep -o 'FitAtlas is ready at http://localhost:[0-9]*' "$WORK/app.log" | head -1 | grep -o '[0-9]*$' || true)"
		[[ -n "$PORT" ]] && break
		sleep 0.5
	done
	[[ -n "${PORT:-}" ]] || { echo "load-mix: the app was not ready in 240 s" >&2; exit 1; }
	BASE="http://127.0.0.1:$PORT"
fi

for route in "${ROUTES[@]}"; do
	code="$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: ${route#*|}" "$BASE${route%%|*}")"
	[[ "$code" == "200" ]] || { echo "load-mix: ${route%%|*} answered $code" >&2; exit 1; }
done

# CPU time (clock ticks) the app's JVM has used so far, when this script started it (or
# APP_PID names it): CPU per request is what the route costs, however busy the machine.
JAVA_PID="${APP_PID:-}"
if [[ -n "$JAVA_PID" ]]; then
	child="$(pgrep -P "$JAVA_PID" java | head -1 || true)"
	JAVA_PID="${child:-$JAVA_PID}"
fi
cpu_ticks() {
	[[ -n "$JAVA_PID" && -r "/proc/$JAVA_PID/stat" ]] || { echo 0; return; }
	local f
	read -r -a f <<<"$(sed 's/^.*) //' "/proc/$JAVA_PID/stat")"
	echo $((f[11] + f[12]))
}
HZ="$(getconf CLK_TCK)"

mkdir -p "$RESULTS"
measure() { # path accept wrk-args… -> "rps p50 p99 bytes non2xx errors"
	local path="$1" accept="$2"; shift 2
	MIX_ACCEPT="$accept" MIX_ENCODING="$ENCODING" timeout 120 wrk "$@" --timeout 5s -s "$BENCH_DIR/load/mix.lua" "$BASE$path" \
		| awk '/^MIX / { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
			print v["rps"], v["p50"], v["p99"], v["bytes"] / (v["requests"] > 0 ? v["requests"] : 1), v["non2xx"], v["errors"] }'
}

# Every route warmed up first, so that no route is measured while the JIT still compiles
# what the others share (filters, Jackson, Thymeleaf).
if [[ "$WARMUP" != "0" ]]; then
	for route in "${ROUTES[@]}"; do
		measure "${route%%|*}" "${route#*|}" -t2 -c8 -d"$WARMUP" >/dev/null
	done
fi

{
	echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $BASE, nproc=$(nproc), wrk on the same cores"
	echo "# per route: wrk -t2 -c8 -d$DURATION (after $WARMUP warm-up of every route and 2 s of this one), then wrk -t1 -c1 -d$SERIAL; Accept-Encoding: ${ENCODING:-none}"
	for round in $(seq 1 "$ROUNDS"); do
		echo "# round $round: CPUs $(busy)% busy before it, load average $(cut -d' ' -f1-3 /proc/loadavg)"
		echo "| route | requests/s | ratio to taxonomy (its requests/s just before) | app CPU per request | p50 (8 conn.) | single connection p50 | p99 | bytes/response | non-2xx/errors |"
		echo "|---|---|---|---|---|---|---|---|---|"
		for route in "${ROUTES[@]}"; do
			path="${route%%|*}"; accept="${route#*|}"
			# The taxonomy is measured again right before each route: on a shared machine the
			# load drifts within minutes, and the ratio should compare like with like.
			taxonomy="${ROUTES[0]}"
			read -r base_rps _ < <(measure "${taxonomy%%|*}" "${taxonomy#*|}" -t2 -c8 -d"$DURATION")
			measure "$path" "$accept" -t2 -c8 -d2s >/dev/null
			ticks0="$(cpu_ticks)"
			read -r rps p50 p99 bytes non2xx errors < <(measure "$path" "$accept" -t2 -c8 -d"$DURATION")
			ticks1="$(cpu_ticks)"
			cpu="$(awk -v t=$((ticks1 - ticks0)) -v hz="$HZ" -v r="$rps" -v d="${DURATION%s}" 'BEGIN { n = r * d; if (n > 0 && t > 0) printf "%.2f ms", 1000 * t / hz / n; else printf "n/a" }')"
			read -r _ sp50 _ _ _ _ < <(measure "$path" "$accept" -t1 -c1 -d"$SERIAL")
			ratio="$(awk -v a="$rps" -v b="$base_rps" 'BEGIN { printf "%.0f %% (of %.0f)", 100 * a / b, b }')"
			printf '| `GET %s` | %s | %s | %s | %s ms | %s ms | %s ms | %.0f | %s/%s |\n' \
				"$(printf '%s' "$path" | sed 's/%20/ /g')" "$rps" "$ratio" "$cpu" "$p50" "$sp50" "$p99" "$bytes" "$non2xx" "$errors"
		done
	done
} | tee "$RESULTS/load-mix${ENCODING:+-$ENCODING}.txt"
