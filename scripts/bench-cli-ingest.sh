#!/usr/bin/env bash
# One measurement of `./pacta ingest ../shared/bench` from launch to exit (everything searchable at exit).
#   cli-bench.sh TREE MODE   MODE = warm (serve running on the data dir) | node (only the node up)
set -euo pipefail
TREE=$1; MODE=$2
HOME_DIR=${BENCH_HOMES:-/tmp}/pacta-bench-home-$MODE-$(basename $TREE)
rm -rf "$HOME_DIR"; mkdir -p "$HOME_DIR"
cd "$TREE"
export PACTA_HOME=$HOME_DIR PACTA_PORT=18181
SERVE_PID=
if [[ $MODE == warm* ]]; then
  java -jar src/target/pacta.jar serve > "$HOME_DIR/serve.log" 2>&1 &
  SERVE_PID=$!
  until curl -sf localhost:18181/actuator/health >/dev/null; do sleep 0.5; done
  # warmed: the server has already ingested something else (its JIT has compiled the pipeline)
  [[ $MODE == warmed ]] && ./pacta ingest "$TREE/../shared/corpus/news" "$TREE/../shared/seeds" >/dev/null 2>&1
else
  ./pacta es start >/dev/null
fi
sleep 20   # let the load of start-up settle
count() { curl -s "$(grep url= $HOME_DIR/es/node.properties | cut -d= -f2 | sed 's/\\//g')/pacta-documents/_count" | python3 -c "import json,sys; print(json.load(sys.stdin).get('count',0))"; }
N0=$(count 2>/dev/null || echo 0)
LOAD=$(cut -d' ' -f1 /proc/loadavg)
START=$(date +%s.%N)
./pacta ingest "${BENCH:-$TREE/../shared/bench}" > "$HOME_DIR/ingest.out" 2> "$HOME_DIR/ingest.err" || true
END=$(date +%s.%N)
SECS=$(echo "$END - $START" | bc)
N=$(( $(count) - N0 ))
echo "$(basename $TREE) $MODE: $(head -1 $HOME_DIR/ingest.out | cut -c1-60) | ${SECS}s docs=$N docs/s=$(echo "scale=1; $N / $SECS" | bc) load=$LOAD"
if [[ -n $SERVE_PID ]]; then kill $SERVE_PID; wait $SERVE_PID 2>/dev/null || true; else ./pacta es stop >/dev/null; fi
