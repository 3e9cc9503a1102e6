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
# SKIP_APP_INSTALL=1 skips step 1 (e.g. while another build uses target/).
# The whole JMH run takes about 3 minutes; it is also cut off after 10 minutes whatever happens.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"

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
	echo "run-jmh: CPUs ${CPU_BUSY}% busy before measuring (nproc=$(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg))"
	if (( CPU_BUSY > 15 )); then
		echo "run-jmh: WARNING: other work is using the CPUs; the results will be slower than on an idle machine." >&2
	fi
}

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
if [[ "${SKIP_APP_INSTALL:-0}" == "1" ]]; then
	echo "run-jmh: SKIP_APP_INSTALL=1: using the app jar already in the local Maven repository"
else
	echo "run-jmh: installing the app library jar…"
	./mvnw -q -DskipTests install
fi
echo "run-jmh: packaging bench/…"
./mvnw -q -f bench/pom.xml package

mkdir -p bench/results
busy_check
echo "run-jmh: app library jar sha256 $(sha256sum "$HOME/.m2/repository/org/fitatlas/fitatlas/0.1.0-SNAPSHOT/fitatlas-0.1.0-SNAPSHOT.jar" | cut -c1-12)…, ExerciseIndex.java sha256 $(sha256sum src/main/java/org/fitatlas/search/internal/ExerciseIndex.java | cut -c1-12)…"
echo "run-jmh: running JMH (about 3 minutes; nproc=$(nproc))…"
timeout --signal=TERM --kill-after=30s 600s \
	java -jar bench/target/benchmarks.jar 'org.fitatlas.bench.SearchBenchmark' \
		-rf json -rff bench/results/jmh.json "$@" 2>&1 | tee bench/results/jmh.txt

{
	java -cp bench/target/benchmarks.jar org.fitatlas.bench.JmhSummary bench/results/jmh.json
	echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg) (nproc=$(nproc))"
} | tee bench/results/summary.txt
