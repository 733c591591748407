#!/usr/bin/env bash
# GPU-worker throughput against llama.cpp's own llama-server, side by side in one run (CPU here, the same
# script on a GPU box). Every server serves the same generated GGUF with the same context per sequence,
# sequence slots and threads, one after the other: requests/s and generated tokens/s at each concurrency,
# time to first token p50/p99 (streaming), and the server's RSS (peak and at the end).
#
# Usage: scripts/bench-worker.sh [--servers "worker llama-server"] [--shapes "tiny 512x8"] [--model FILE]
#          [--concurrency "1 4 16"] [--min-requests 8] [--max-tokens 64] [--threads 1] [--context 512] [--runs 1]
#   --servers  worker          this checkout's worker (built here, Release) on LLamaSharp.Backend.Cpu's natives (NuGet)
#              worker-native   the same worker on ggml compiled here for this CPU (GGML_NATIVE, the system's g++) from
#                              the same llama.cpp source as llama-server below, under LLamaSharp's own libllama
#                              (Worker:NativeLibraryPath): $WORKER_NATIVE_DIR if set, else built once (only the ggml
#                              targets, a few minutes) and cached in .tools/llama-native. docs/gpu-worker.md says why
#                              only ggml: LLamaSharp 0.30's structs do not match that source's llama.h.
#              llama-server    llama.cpp's server: $LLAMA_SERVER if set, else built once from the llama.cpp source
#                              that the npm package node-llama-cpp ships (cmake + g++; cached in .tools/llama-server)
#              LABEL=PATH      another build: a GpuWorker.dll (e.g. an older worker), a llama-server binary, or a
#                              directory of native libraries for this checkout's worker (Worker:NativeLibraryPath)
#   --shapes   generated models: "tiny" (the tests' model) or WIDTHxLAYERS (e.g. 512x8, decode-bound)
#   --runs     repeat everything N times, the server order rotated each run, then print per-server medians and,
#              when llama-server is among the servers, the median (and range) of each server's per-run ratio to it
# Each concurrency C sends max(min-requests, 2*C) requests; slots = the largest concurrency.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/lib/bench.sh
SERVERS="worker llama-server"; SHAPES="tiny 512x8"; MODEL=""; CONCURRENCY="1 4 16"; MIN_REQUESTS=8; MAX_TOKENS=64
THREADS=1; CONTEXT=512; RUNS=1
NLC_VERSION=3.22.1 # node-llama-cpp release whose llama/gitRelease.bundle holds the llama.cpp source
while [ $# -gt 0 ]; do
  case "$1" in
    --servers) SERVERS="$2"; shift 2 ;;
    --shapes) SHAPES="$2"; shift 2 ;;
    --model) MODEL="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --min-requests) MIN_REQUESTS="$2"; shift 2 ;;
    --max-tokens) MAX_TOKENS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --context) CONTEXT="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
SLOTS=$(echo "$CONCURRENCY" | tr ' ' '\n' | sort -n | tail -1)

# llama_source DEST: the llama.cpp source that node-llama-cpp@NLC_VERSION ships, cloned into DEST/src once.
llama_source() {
  [ -d "$1/src/.git" ] && return 0
  command -v cmake >/dev/null && command -v g++ >/dev/null || { echo "building llama.cpp needs cmake and g++ (apt-get install cmake g++)" >&2; exit 1; }
  (cd "$work" && npm pack --silent "node-llama-cpp@$NLC_VERSION" >/dev/null && tar xzf "node-llama-cpp-$NLC_VERSION.tgz" package/llama/gitRelease.bundle)
  rm -rf "$1/src"; mkdir -p "$1"
  git clone -q "$work/package/llama/gitRelease.bundle" "$1/src" 2>/dev/null
}

build_llama_server() {
  local dest="$ROOT/.tools/llama-server/node-llama-cpp-$NLC_VERSION"
  if [ ! -x "$dest/build/bin/llama-server" ]; then
    echo "building llama-server from node-llama-cpp@$NLC_VERSION's llama.cpp source (once; several minutes on 2 cores)" >&2
    llama_source "$dest"
    cmake -S "$dest/src" -B "$dest/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DLLAMA_BUILD_TESTS=OFF \
      -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF >"$work/cmake.log" 2>&1 || { cat "$work/cmake.log" >&2; exit 1; }
    cmake --build "$dest/build" --target llama-server -j2 >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; exit 1; }
  fi
  echo "$dest/build/bin/llama-server"
}

# The worker-native library folder: ggml (base, cpu, the backend registry) as shared libraries built for this CPU
# from the same source and with the same compiler and GGML_NATIVE as llama-server above, next to LLamaSharp's own
# libllama.so (the llama.cpp that LLamaSharp 0.30's structs are written for). Its RUNPATH ($ORIGIN) makes it use
# the ggml beside it.
build_native_ggml() {
  local dest="$ROOT/.tools/llama-native/node-llama-cpp-$NLC_VERSION" level=avx2
  grep -qw avx512f /proc/cpuinfo && level=avx512
  if [ ! -e "$dest/lib/libggml-cpu.so" ]; then
    echo "building ggml (shared, GGML_NATIVE) from node-llama-cpp@$NLC_VERSION's llama.cpp source (once; a few minutes on 2 cores)" >&2
    llama_source "$dest"
    cmake -S "$dest/src" -B "$dest/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON -DGGML_NATIVE=ON \
      -DCMAKE_BUILD_RPATH_USE_ORIGIN=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF \
      -DLLAMA_BUILD_SERVER=OFF -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF >"$work/cmake.log" 2>&1 || { cat "$work/cmake.log" >&2; exit 1; }
    cmake --build "$dest/build" --target ggml -j2 >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; exit 1; }
    rm -rf "$dest/lib"; mkdir -p "$dest/lib"
    cp -P "$dest"/build/bin/libggml*.so* "$dest/lib/"
  fi
  # LLamaSharp's libllama.so for this CPU, taken fresh from the worker's build output each time.
  cp "$ROOT/src/GpuWorker/bin/Release/net10.0/runtimes/linux-x64/native/$level/libllama.so" "$dest/lib/libllama.so"
  echo "$dest/lib"
}

dotnet build src/GpuWorker -c Release --nologo -v quiet >/dev/null
WORKER_DLL="$ROOT/src/GpuWorker/bin/Release/net10.0/GpuWorker.dll"
declare -a LABELS PATHS
for s in $SERVERS; do
  case "$s" in
    worker) LABELS+=(worker); PATHS+=("$WORKER_DLL") ;;
    worker-native) LABELS+=(worker-native); PATHS+=("${WORKER_NATIVE_DIR:-$(build_native_ggml)}") ;;
    llama-server) LABELS+=(llama-server); PATHS+=("${LLAMA_SERVER:-$(build_llama_server)}") ;;
    *=*) LABELS+=("${s%%=*}"); PATHS+=("${s#*=}") ;;
    *) echo "unknown server '$s'" >&2; exit 2 ;;
  esac
done

models=()
if [ -n "$MODEL" ]; then models=("$MODEL"); else
  for shape in $SHAPES; do
    file="$work/$shape.gguf"
    if [ "$shape" = tiny ]; then dotnet "$WORKER_DLL" write-tiny-model --out "$file" >/dev/null
    else dotnet "$WORKER_DLL" write-tiny-model --out "$file" --width "${shape%x*}" --layers "${shape#*x}" --heads 8 >/dev/null; fi
    models+=("$file")
  done
fi

# start LABEL PATH MODEL PORT LOG: one server in the background; its pid is in $server_pid.
start() {
  if [[ "$2" == *.dll || -d "$2" ]]; then
    local dll="$2" native=""
    if [ -d "$2" ]; then dll="$WORKER_DLL"; native="$2"; fi
    Worker__NativeLibraryPath="$native" Worker__ModelPath="$3" Worker__Threads="$THREADS" Worker__MaxConcurrent="$SLOTS" Worker__ContextSize="$CONTEXT" \
      Worker__GpuLayers="${GPU_LAYERS:-0}" Worker__QueueBound=1000 Logging__LogLevel__Default=Warning \
      dotnet "$dll" --urls "http://127.0.0.1:$4" >"$5" 2>&1 &
  else
    # Same shape as the worker: CONTEXT cells per slot (not unified), no prompt-cache reuse between requests.
    "$2" -m "$3" --host 127.0.0.1 --port "$4" -c $((CONTEXT * SLOTS)) -np "$SLOTS" --no-kv-unified -t "$THREADS" -tb "$THREADS" \
      -ngl "${GPU_LAYERS:-0}" --no-cache-prompt --no-webui >"$5" 2>&1 &
  fi
  server_pid=$!
  pids+=("$server_pid")
}

echo "bench-worker: $(nproc) cores, threads $THREADS, context $CONTEXT per slot, $SLOTS slots, $MAX_TOKENS tokens per request; servers run one after the other"
export BENCH_ROWS="$work/rows.jsonl"
for run in $(seq 1 "$RUNS"); do
  # Each run starts with the next server in the list, so no server always goes first on a machine whose load drifts.
  order=(); n=${#LABELS[@]}
  for k in $(seq 0 $((n - 1))); do order+=($(( (k + run - 1) % n ))); done
  [ "$RUNS" -gt 1 ] && echo "=== run $run of $RUNS ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))"
  for model in "${models[@]}"; do
    echo "== model $(basename "$model") ($(( $(stat -c %s "$model") / 1000000 )) MB)"
    printf '%-14s %5s %5s %7s %7s %8s %9s %9s %9s %9s %10s %6s %6s\n' server conc reqs tokens wall_s req/s gen_tok/s ttft_p50 ttft_p99 rss_MB cpu_ms/tok cores load1
    for i in "${order[@]}"; do
      port=$(free_port); log="$work/${LABELS[$i]}.log"
      start "${LABELS[$i]}" "${PATHS[$i]}" "$model" "$port" "$log"
      for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
      health=$(curl -sf "http://127.0.0.1:$port/health") || { echo "${LABELS[$i]} did not become ready; its log:" >&2; tail -30 "$log" >&2; exit 1; }
      BENCH_RUN=$run BENCH_MODEL=$(basename "$model") python3 scripts/lib/bench_worker_client.py "${LABELS[$i]}" "$server_pid" "$port" "$MAX_TOKENS" "$MIN_REQUESTS" $CONCURRENCY
      peak=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$server_pid/status")
      echo "${LABELS[$i]}: peak RSS ${peak} MB; /health $health"
      kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
    done
  done
done
[ "$RUNS" -gt 1 ] && python3 scripts/lib/bench_worker_summary.py "$BENCH_ROWS"
echo "(ttft in ms; gen_tok/s = completion tokens / wall time; cpu_ms/tok = the server's CPU time (all threads) per"
echo " generated token, cores = its CPU time / wall time, load1 = load average at the end of the level. On a shared"
echo " machine tokens/s follows the CPU share a server gets: compare rows of one run, and cpu_ms/tok across runs)"
