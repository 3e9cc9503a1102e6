#!/usr/bin/env bash
# Runs the JMH search benchmarks of FitAtlas and prints p50/p99 against the targets.
#
#   bench/run-jmh.sh [--dataset PATH/TO/exercises.json] [extra JMH options…]
#
# 1. installs the app's library jar (./mvnw -DskipTests install),
# 2. packages bench/ into bench/target/benchmarks.jar,
# 3. runs SearchBenchmark (search, suggest: SampleTime; buildIndex: SingleShotTime) with
#    results in bench/results/jmh.json (and the console log in bench/results/jmh.txt),
# 4. prints a p50/p99 summary.
#
# The free-exercise-db file comes from --dataset, else $FITATLAS_BENCH_DATASET, else
# ../../shared/datasets/free-exercise-db/exercises.json relative to bench/.
# The whole JMH run takes about 3 minutes; it is also cut off after 10 minutes whatever happens.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Other work on the same cores inflates every number: say so before measuring.
busy_check() {
	local load
	load="$(cut -d' ' -f1 /proc/loadavg)"
	echo "run-jmh: load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg) (nproc=$(nproc))"
	if awk -v l="$load" 'BEGIN { exit !(l > 0.5) }'; then
		echo "run-jmh: WARNING: the machine is busy (load $load); the results will be slower than on an idle machine." >&2
	fi
}
ROOT="$(cd "$BENCH_DIR/.." && pwd)"

DATASET="${FITATLAS_BENCH_DATASET:-$BENCH_DIR/../../shared/datasets/free-exercise-db/exercises.json}"
if [[ "${1:-}" == "--dataset" ]]; then
	DATASET="${2:?--dataset needs a path}"
	shift 2
fi
if [[ ! -f "$DATASET" ]]; then
	echo "run-jmh: free-exercise-db is absent: no file at $DATASET" >&2
	echo "run-jmh: give it with --dataset PATH or FITATLAS_BENCH_DATASET=PATH" >&2
	exit 2
fi
# JMH forks inherit the environment, so the benchmark reads the same file.
export FITATLAS_BENCH_DATASET="$(cd "$(dirname "$DATASET")" && pwd)/$(basename "$DATASET")"
export FITATLAS_BENCH_CATALOG="$ROOT/catalog"

cd "$ROOT"
echo "run-jmh: installing the app library jar…"
./mvnw -q -DskipTests install
echo "run-jmh: packaging bench/…"
./mvnw -q -f bench/pom.xml package

mkdir -p bench/results
busy_check
echo "run-jmh: running JMH (about 3 minutes; nproc=$(nproc))…"
timeout --signal=TERM --kill-after=30s 600s \
	java -jar bench/target/benchmarks.jar 'org.fitatlas.bench.SearchBenchmark' \
		-rf json -rff bench/results/jmh.json "$@" 2>&1 | tee bench/results/jmh.txt

{
	java -cp bench/target/benchmarks.jar org.fitatlas.bench.JmhSummary bench/results/jmh.json
	echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg) (nproc=$(nproc))"
} | tee bench/results/summary.txt
