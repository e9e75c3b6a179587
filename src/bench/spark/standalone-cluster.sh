#!/usr/bin/env bash
# Benchmark, not a test: a Spark standalone cluster on this machine (a master and two workers, separate JVMs on
# 127.0.0.1, built from the Maven-resolved Spark jars), the Spark job over 1,000 articles against a loopback
# translation server (output checked against `tarjama translate` on the same input), then the time of a CPU-bound
# run (clean + segment + pseudo-translate + check of BULK_MB, default 200 MB, from PUD sentences) on 1 worker and
# on 2 workers. Everything it starts is stopped on exit. Scratch space: $WORK (default /tmp/tarjama-spark-bench).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
WORK="${WORK:-/tmp/tarjama-spark-bench}"
BULK_MB="${BULK_MB:-200}"
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED"
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
start() {  # start NAME CMD...: runs CMD in the background, logging to $WORK/NAME.log
  local name="$1"; shift
  "$@" >"$WORK/$name.log" 2>&1 &
  pids+=("$!")
}

rm -rf "$WORK" && mkdir -p "$WORK/spark-home/jars"
echo "building target/tarjama-spark.jar and the Spark class path ..."
mvn -B -q -Pspark -DskipTests package
mvn -B -q -Pspark dependency:copy-dependencies -DincludeScope=provided -DoutputDirectory="$WORK/spark-home/jars"
# Jackson is a dependency of tarjama too, so Maven files Spark's copy under compile scope: add it by hand
mvn -B -q -Pspark dependency:copy-dependencies -DincludeScope=compile -DincludeGroupIds=com.fasterxml.jackson.core \
  -DoutputDirectory="$WORK/spark-home/jars"
mvn -B -q -Pspark dependency:build-classpath -Dmdep.outputFile="$WORK/test.cp" -Dmdep.includeScope=test
touch "$WORK/spark-home/RELEASE"
export SPARK_HOME="$WORK/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
bench_cp="target/test-classes:target/classes:$(cat "$WORK/test.cp")"

# each worker and the executors it starts are held to a core of their own: an executor uses more threads than its
# one task slot (the engine's request and writer threads), so an unpinned "1 worker" would already use both cores
pin0=() pin1=()
if command -v taskset >/dev/null && [[ "$(nproc)" -ge 2 ]]; then pin0=(taskset -c 0) pin1=(taskset -c 1); fi
# shellcheck disable=SC2086
start master java $OPENS -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 0
start worker1 "${pin0[@]}" java $OPENS -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1g --webui-port 0 --work-dir "$WORK/w1" spark://127.0.0.1:7077
workers=("${pids[-1]}")
start server java -cp "$bench_cp" org.tarjama.spark.ClusterBench serve "$WORK/server.url"
for _ in $(seq 60); do [[ -s "$WORK/server.url" ]] && grep -q "Registering worker" "$WORK/master.log" && break; sleep 1; done
url="$(cat "$WORK/server.url")"

submit() {  # submit OUT INPUT ARGS...: the job as spark-submit would run it, with this cluster as master
  local out="$1" input="$2"; shift 2
  # shellcheck disable=SC2086
  java $OPENS -Xmx1g -cp "$SPARK_HOME/jars/*:target/tarjama-spark.jar" -Dspark.master=spark://127.0.0.1:7077 \
    -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.jars="$root/target/tarjama-spark.jar" -Dspark.ui.enabled=false \
    -Dspark.executor.memory=768m -Dspark.executor.extraJavaOptions="$(echo $OPENS)" \
    org.tarjama.spark.TranslateJob --out "$out" "$@" "$input"
}

echo "== 1,000 articles against the loopback server ($url), 1 worker"
java -cp "$bench_cp" org.tarjama.spark.ClusterBench articles "$WORK/articles" 1000
submit "$WORK/job-1000" "$WORK/articles" --backend libretranslate --endpoint "$url" --dedup none 2>"$WORK/job-1000.log"
./tarjama translate "$WORK/articles" --out "$WORK/cli-1000" --backend libretranslate --endpoint "$url" --no-tm 2>/dev/null
sort "$WORK/cli-1000/pairs.jsonl" >"$WORK/cli.sorted"
cat "$WORK"/job-1000/pairs/part-* | sort >"$WORK/job.sorted"
if cmp -s "$WORK/cli.sorted" "$WORK/job.sorted"; then
  echo "check: the job's $(wc -l <"$WORK/job.sorted") pairs equal tarjama translate's"
else
  echo "check FAILED: the job's pairs differ from tarjama translate's ($WORK/cli.sorted, $WORK/job.sorted)"; exit 1
fi

echo "== CPU-bound run: $BULK_MB MB of articles, backend pseudo (no network)"
java -cp "$bench_cp" org.tarjama.spark.ClusterBench bulk "$WORK/bulk" "$BULK_MB" ../shared/data/pud-ar-en.dev.tsv ../shared/data/pud-ar-en.test.tsv
echo "input: $(du -sh "$WORK/bulk" | cut -f1), $(find "$WORK/bulk" -name '*.txt' | wc -l) articles"
worker_cpu() {  # CPU seconds of the workers and of the executors they started and reaped (utime+stime+cutime+cstime)
  local ticks=0 pid
  for pid in "${workers[@]}"; do ticks=$((ticks + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat"))); done
  echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}
timed() {  # timed LABEL OUT: seconds of one job run over the bulk input (partitions as the job chooses them)
  local t0 t1 c0 c1
  echo "load before: $(uptime | sed 's/.*load average/load average/')"
  c0=$(worker_cpu)
  t0=$(date +%s.%N)
  submit "$2" "$WORK/bulk" --backend pseudo --dedup none 2>"$2.log" >/dev/null
  t1=$(date +%s.%N)
  sleep 2  # the workers reap their executors
  c1=$(worker_cpu)
  secs=$(echo "$t1 - $t0" | bc)
  echo "$1: $secs s ($(cat "$2"/pairs/part-* | wc -l) pairs); executors' CPU $(echo "$c1 - $c0" | bc) s"
  echo "load after:  $(uptime | sed 's/.*load average/load average/')"
}
timed "1 worker " "$WORK/bulk-1"
one=$secs
start worker2 "${pin1[@]}" java $OPENS -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1g --webui-port 0 --work-dir "$WORK/w2" spark://127.0.0.1:7077
workers+=("${pids[-1]}")
for _ in $(seq 60); do [[ "$(grep -c "Registering worker" "$WORK/master.log")" -ge 2 ]] && break; sleep 1; done
timed "2 workers" "$WORK/bulk-2"
echo "speed-up: $(echo "scale=2; $one / $secs" | bc)x"
echo "(this machine has $(nproc) cores, shared with other work: the speed-up is bounded by that;"
echo " workers pinned to a core each: ${pin0[*]:-not pinned} / ${pin1[*]:-not pinned})"
