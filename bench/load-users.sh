#!/usr/bin/env bash
# Issue 15's load: USERS (200) closed-loop virtual users on loopback for SECONDS (60) with the mix of
# bench/load/VirtualUsers.java (atlas and exercise pages, search and suggest, plan generation,
# sign-in, set logging, progress and next target), each user thinking 0..THINK (500) ms between
# requests. Reports requests/s, p50/p95/p99 per route, errors and the server's memory, plus the
# app's start-to-ready time and idle RSS. Every step is bounded in time (timeout).
#
#   bench/load-users.sh              # starts target/fitatlas-0.1.0-SNAPSHOT-exec.jar on its embedded database
#   bench/load-mix.sh users          # the same
#
# JAVA_OPTS (-Xmx512m) for the app. Results: bench/results/load-users.txt.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
USERS="${USERS:-200}"
SECONDS_RUN="${SECONDS_RUN:-60}"
THINK="${THINK:-500}"
JAR="${JAR:-$ROOT/target/fitatlas-0.1.0-SNAPSHOT-exec.jar}"
RESULTS="$BENCH_DIR/results"

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

[[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fitatlas-users.XXXXXX")"
cp "$JAR" "$WORK/app.jar"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
START_NS="$(date +%s%N)"
# The limits per address are for people; here every user comes from 127.0.0.1.
(cd "$WORK" && exec timeout --kill-after=20s 1200s java ${JAVA_OPTS:--Xmx512m} -jar app.jar \
	--server.port="$PORT" --server.address=127.0.0.1 --fitatlas.database.data-dir="$WORK/pg" \
	--fitatlas.limits.registrations-per-hour=1000000 --fitatlas.limits.anonymous-plans-per-hour=1000000 \
	>"$WORK/app.log" 2>&1) &
APP_PID=$!
BASE="http://127.0.0.1:$PORT"
READY=""
for _ in $(seq 1 1200); do
	kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; exit 1; }
	if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" == "200" ]]; then
		READY="$(( ($(date +%s%N) - START_NS) / 1000000 ))"
		break
	fi
	sleep 0.1
done
[[ -n "$READY" ]] || { echo "load-users: the app was not ready in 120 s" >&2; exit 1; }
JAVA_PID="$(pgrep -P "$APP_PID" java | head -1 || true)"
JAVA_PID="${JAVA_PID:-$APP_PID}"
rss() { awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$JAVA_PID/status"; }
sleep 15
IDLE_RSS="$(rss)"

mkdir -p "$RESULTS"
{
	echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) nproc=$(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg); client on the same cores"
	echo "# app: java ${JAVA_OPTS:--Xmx512m} -jar, embedded PostgreSQL (fsync on); start to ready: $READY ms; idle RSS 15 s after ready: $IDLE_RSS MB"
	timeout $((SECONDS_RUN + 900)) java -Dthink="$THINK" "$BENCH_DIR/load/VirtualUsers.java" "$BASE" "$USERS" "$SECONDS_RUN" "$JAVA_PID"
	echo "# postgres RSS (all its processes, shared pages counted once per process): $(ps -o rss= -C postgres | awk '{s += $1} END {print int(s / 1024)}') MB"
} | tee "$RESULTS/load-users.txt"
