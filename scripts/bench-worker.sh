#!/usr/bin/env bash
# Measures GPU-worker throughput on the tiny test model (CPU build of llama.cpp here; the CUDA build in the
# container). Starts the worker on a free loopback port, sends REQUESTS completions of MAX_TOKENS tokens at
# each concurrency, and prints end-to-end tokens/s and the worker's own decode tokens/s from /metrics.
# Usage: scripts/bench-worker.sh [--concurrency "1 4"] [--requests 16] [--max-tokens 128] [--threads 1] [--model FILE]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CONCURRENCY="1 4"; REQUESTS=16; MAX_TOKENS=128; THREADS=1; MODEL=""
while [ $# -gt 0 ]; do
  case "$1" in
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --requests) REQUESTS="$2"; shift 2 ;;
    --max-tokens) MAX_TOKENS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --model) MODEL="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

bash scripts/setup.d/llama.sh >/dev/null
dotnet build src/GpuWorker -c Release --nologo -v quiet >/dev/null
BIN="src/GpuWorker/bin/Release/net10.0/GpuWorker.dll"
work="$(mktemp -d)"
if [ -z "$MODEL" ]; then MODEL="$work/tiny.gguf"; dotnet "$BIN" write-tiny-model --out "$MODEL" >/dev/null; fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
MAXC=$(echo "$CONCURRENCY" | tr ' ' '\n' | sort -n | tail -1)

Worker__ModelPath="$MODEL" Worker__Threads="$THREADS" Worker__MaxConcurrent="$MAXC" Worker__ContextSize=1024 \
  Worker__QueueBound=$((REQUESTS * 2)) Logging__LogLevel__Default=Warning \
  dotnet "$BIN" --urls "http://127.0.0.1:$PORT" >"$work/worker.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { cat "$work/worker.log"; exit 1; }

python3 - "$PORT" "$REQUESTS" "$MAX_TOKENS" $CONCURRENCY <<'PY'
import json, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor
port, requests, max_tokens = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
base = f"http://127.0.0.1:{port}"
def get(path): return json.load(urllib.request.urlopen(base + path))
def complete(i):
    body = json.dumps({"messages": [{"role": "user", "content": f"hello world {i}"}], "max_tokens": max_tokens,
                       "temperature": 0.8, "seed": i, "ignore_eos": True}).encode()
    req = urllib.request.Request(base + "/v1/chat/completions", body, {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))["usage"]
complete(0)  # warm-up
print(f"{'concurrency':>11} {'requests':>8} {'tokens':>7} {'wall s':>7} {'e2e tok/s':>9} {'decode tok/s':>12}")
for c in map(int, sys.argv[4:]):
    m0 = get("/metrics"); t0 = time.perf_counter()
    with ThreadPoolExecutor(c) as pool: usages = list(pool.map(complete, range(requests)))
    wall = time.perf_counter() - t0; m1 = get("/metrics")
    tokens = sum(u["completion_tokens"] for u in usages)
    decode = (m1["worker_completion_tokens_total"] - m0["worker_completion_tokens_total"]) / max(1e-9, m1["worker_gpu_seconds_total"] - m0["worker_gpu_seconds_total"])
    print(f"{c:>11} {requests:>8} {tokens:>7} {wall:>7.2f} {tokens / wall:>9.0f} {decode:>12.0f}")
PY
