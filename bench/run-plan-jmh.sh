#!/usr/bin/env bash
# Runs PlanBenchmark: the time to generate a 12-week, 5-day plan (target p95 <= 50 ms).
#
#   bench/run-plan-jmh.sh
#
# Installs the app's library jar, packages bench/, runs JMH (about 1 minute) with results in
# bench/results/plan-jmh.json and the console log in bench/results/plan-jmh.txt.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
cd "$ROOT"
if [[ "${SKIP_APP_INSTALL:-0}" != "1" ]]; then
	./mvnw -q -DskipTests install
fi
./mvnw -q -f bench/pom.xml package
mkdir -p bench/results
echo "run-plan-jmh: load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg) (nproc=$(nproc))"
export FITATLAS_BENCH_CATALOG="$ROOT/catalog"
timeout --signal=TERM --kill-after=30s 300s \
	java -jar bench/target/benchmarks.jar 'org.fitatlas.bench.PlanBenchmark' \
		-rf json -rff bench/results/plan-jmh.json 2>&1 | tee bench/results/plan-jmh.txt
grep -E "p0.50|p0.95|p0.99|generateTwelveWeekFiveDayPlan " bench/results/plan-jmh.txt | tail -6
