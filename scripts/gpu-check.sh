#!/usr/bin/env bash
# GPU smoke check for the worker (never run by CI). On a machine with an NVIDIA GPU and the CUDA 12 runtime it
# builds the worker with LLamaSharp's CUDA backend (-p:GpuBackend=Cuda12; from the local NuGet cache when offline),
# starts it with every layer offloaded on a generated model, sends concurrent requests, and prints the native
# build that served, the layers llama.cpp put on the GPU and the tokens/s. Anywhere else it says what is missing
# and exits non-zero.
# Usage: scripts/gpu-check.sh [--requests 16] [--concurrency 8] [--max-tokens 128] [--width 64 --layers 2]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
REQUESTS=16; CONCURRENCY=8; MAX_TOKENS=128; WIDTH=64; LAYERS=2
while [ $# -gt 0 ]; do
  case "$1" in
    --requests) REQUESTS="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --max-tokens) MAX_TOKENS="$2"; shift 2 ;;
    --width) WIDTH="$2"; shift 2 ;;
    --layers) LAYERS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

missing=()
if ! command -v nvidia-smi >/dev/null; then
  missing+=("an NVIDIA GPU with its driver (nvidia-smi not found)")
elif ! gpus="$(nvidia-smi -L 2>&1)" || [ -z "$gpus" ]; then
  missing+=("a working NVIDIA driver (nvidia-smi -L: ${gpus:-no GPU listed})")
fi
for lib in libcudart.so.12 libcublas.so.12 libcublasLt.so.12; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || ls /usr/local/cuda*/lib64/"$lib"* >/dev/null 2>&1 || missing+=("the CUDA 12 runtime library $lib")
done
command -v dotnet >/dev/null || missing+=("the .NET 10 SDK (dotnet)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "gpu-check: cannot run here; missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "(CI needs none of this: the worker's tests run on LLamaSharp's CPU build.)" >&2
  exit 1
fi
echo "gpu-check: $(echo "$gpus" | head -1)"

source scripts/lib/bench.sh
out="$work/worker"
if ! dotnet build src/GpuWorker -c Release -p:GpuBackend=Cuda12 -o "$out" --nologo -v quiet >"$work/build.log" 2>&1; then
  echo "gpu-check: building with LLamaSharp.Backend.Cuda12 failed (offline and not in the NuGet cache?):" >&2
  grep -E 'error' "$work/build.log" | sort -u | head -5 >&2
  exit 1
fi
model="$work/check.gguf"
dotnet "$out/GpuWorker.dll" write-tiny-model --out "$model" --width "$WIDTH" --layers "$LAYERS" --heads 8 >/dev/null
port=$(free_port)
Worker__ModelPath="$model" Worker__GpuLayers=-1 Worker__MaxConcurrent="$CONCURRENCY" Worker__ContextSize=1024 \
  Worker__QueueBound=$((REQUESTS * 2)) Logging__LogLevel__Default=Warning \
  dotnet "$out/GpuWorker.dll" --urls "http://127.0.0.1:$port" >"$work/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; kill -0 "${pids[-1]}" 2>/dev/null || break; sleep 0.1; done
health="$(curl -sf "http://127.0.0.1:$port/health")" || { echo "gpu-check: the worker did not start; its log:" >&2; tail -30 "$work/worker.log" >&2; exit 1; }
backend="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["backend"])' "$health")"
layers="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["gpu_layers"])' "$health")"
echo "gpu-check: native build $backend, n_gpu_layers offloaded $layers"

python3 - "$port" "$REQUESTS" "$CONCURRENCY" "$MAX_TOKENS" <<'PY'
import json, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor
port, requests, concurrency, max_tokens = map(int, sys.argv[1:])
base = f"http://127.0.0.1:{port}"
def complete(i):
    body = json.dumps({"messages": [{"role": "user", "content": f"hello {i}"}], "max_tokens": max_tokens,
                       "temperature": 0.8, "seed": i, "ignore_eos": True}).encode()
    request = urllib.request.Request(base + "/v1/chat/completions", body, {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request, timeout=300))["usage"]["completion_tokens"]
t0 = time.perf_counter()
with ThreadPoolExecutor(concurrency) as pool: tokens = sum(pool.map(complete, range(requests)))
wall = time.perf_counter() - t0
metrics = json.load(urllib.request.urlopen(base + "/metrics"))
print(f"gpu-check: {requests} requests x {max_tokens} tokens at concurrency {concurrency}: {tokens / wall:.0f} tokens/s end to end, "
      f"{metrics['worker_tokens_per_second']:.0f} tokens/s of decode time")
PY
case "$backend" in
  cuda) echo "gpu-check: OK" ;;
  *) echo "gpu-check: the worker ran on $backend, not CUDA: LLamaSharp did not load the CUDA build (LLAMA_VERBOSE=1 shows why)" >&2; exit 1 ;;
esac
