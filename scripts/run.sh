#!/usr/bin/env bash
# The main job: sets up and runs the router's local stack on a fresh Debian machine with the .NET 10 SDK.
#   Redis + Azurite (scripts/services.sh), setup steps (scripts/setup.d/*.sh), build, the GPU worker (when it
#   can run), and the function app on http://127.0.0.1:7071. Ctrl-C stops everything this script started.
# A crashed function app is restarted up to ROUTER_APP_RESTARTS times (default 5), saying so.
# Environment: ROUTER_KEEP_SERVICES=1 leaves Redis/Azurite running on exit (shared developer machines);
#   ROUTER_WORKER_MODEL=/path/model.gguf serves that GGUF from the GPU worker instead of the tiny test model.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
APP_URL="http://127.0.0.1:7071"
GPU_URL="http://127.0.0.1:8088"
PIDS=()

log() { echo "[run] $*" >&2; }

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  [ "${ROUTER_KEEP_SERVICES:-0}" = 1 ] || scripts/services.sh stop || true
  log "stopped"
  exit "$status"
}
trap cleanup EXIT INT TERM

scripts/services.sh install
for step in scripts/setup.d/*.sh; do [ -f "$step" ] && bash "$step"; done
scripts/services.sh start
eval "$(scripts/services.sh env)"

log "building"
dotnet build src/Functions -c Release --nologo -v quiet
dotnet build src/GpuWorker -c Release --nologo -v quiet

# Local services for the app; anything already set in the environment wins.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Cache__Redis__ConnectionString="${Cache__Redis__ConnectionString:-$ROUTER_TEST_REDIS}"
export Ledger__Tables__ConnectionString="${Ledger__Tables__ConnectionString:-$ROUTER_TEST_STORAGE}"
export Queue__ConnectionString="${Queue__ConnectionString:-$ROUTER_TEST_STORAGE}"
export Queue__Name="${Queue__Name:-router-batch}"
export Backends__GpuWorker__BaseUrl="${Backends__GpuWorker__BaseUrl:-$GPU_URL}"

# ---- GPU worker: the private model behind the router's private routes, on $GPU_URL. ---------------------------
# ROUTER_WORKER_MODEL=/path/model.gguf serves a real GGUF (ROUTER_GPU_MODEL is read too); without it the worker's
# tiny random test model is written to .tools/tiny.gguf (its answers are gibberish, but every call is a real
# llama.cpp completion with usage and GPU time). Worker__* variables (docs/gpu-worker.md) pass through.
# ROUTER_NO_WORKER=1 skips it; so does a Backends__GpuWorker__BaseUrl pointing elsewhere. ROUTER_WORKER_WAIT:
# seconds to wait for /health before starting the app anyway (default 60).
start_gpu_worker() {
  local model="${ROUTER_WORKER_MODEL:-${ROUTER_GPU_MODEL:-}}" dll="$ROOT/src/GpuWorker/bin/Release/net10.0/GpuWorker.dll"
  if [ "${ROUTER_NO_WORKER:-0}" = 1 ] || [ "$Backends__GpuWorker__BaseUrl" != "$GPU_URL" ]; then
    log "GPU worker not started here (private routes use $Backends__GpuWorker__BaseUrl)"; return 0
  fi
  if curl -fsS "$GPU_URL/health" >/dev/null 2>&1; then
    log "a GPU worker already answers on $GPU_URL; using it"; return 0
  fi
  [ -f "$dll" ] || { log "GPU worker not built; private routes will wait, then fail or fall back"; return 0; }
  if [ -z "$model" ]; then
    model="$ROOT/.tools/tiny.gguf"
    [ -f "$model" ] || dotnet "$dll" write-tiny-model --out "$model" >/dev/null
    # ggml threads spin while decoding; one is plenty for the tiny model and kind to a shared machine.
    export Worker__Threads="${Worker__Threads:-1}"
  fi
  [ -f "$model" ] || { log "GPU worker model '$model' not found"; exit 1; }
  model="$(realpath "$model")" # the worker runs from its bin folder
  log "starting the GPU worker on $GPU_URL with $model"
  (cd "$(dirname "$dll")" && Worker__ModelPath="$model" exec dotnet GpuWorker.dll --urls "$GPU_URL") &
  PIDS+=($!)
  # A real model can take minutes to load; the router waits for a cold worker by itself (ColdStartWait), so a
  # slow load is a warning here, not a failure.
  for _ in $(seq 1 $((${ROUTER_WORKER_WAIT:-60} * 10))); do
    curl -fsS "$GPU_URL/health" >/dev/null 2>&1 && { log "GPU worker ready"; return 0; }
    kill -0 "${PIDS[-1]}" 2>/dev/null || { log "the GPU worker exited; private routes will fail or fall back"; return 0; }
    sleep 0.1
  done
  log "GPU worker not ready yet (still loading?); continuing"
}
start_gpu_worker
# ------------------------------------------------------------------------------------------------------------

# Run the built binary directly (not `dotnet run`) so the PID we stop on Ctrl-C is the app itself.
APP_PID=""
start_app() {
  local kept=() pid
  for pid in "${PIDS[@]}"; do [ "$pid" = "$APP_PID" ] || kept+=("$pid"); done # the exited one
  (cd src/Functions/bin/Release/net10.0 && exec dotnet Functions.dll --urls "$APP_URL") &
  APP_PID=$!
  PIDS=("${kept[@]}" "$APP_PID")
}

log "starting the function app on $APP_URL"
start_app

for _ in $(seq 1 150); do
  curl -fsS "$APP_URL/api/health" >/dev/null 2>&1 && break
  kill -0 "${PIDS[-1]}" 2>/dev/null || { log "the function app exited"; exit 1; }
  sleep 0.2
done

cat <<EOT

The router is running on $APP_URL (Ctrl-C stops everything).

First request with curl (dev keys in src/Functions/appsettings.Development.json: dev-key-acme is tenant acme-bank,
dev-key-contoso contoso-research, dev-key-hr internal-hr, dev-key-default default, dev-key-manager every tenant):
  curl -s $APP_URL/api/v1/chat/completions -H 'api-key: dev-key-acme' -H 'content-type: application/json' \\
       -d '{"model":"auto","messages":[{"role":"user","content":"Say hello in five words."}]}' -D - 

With the OpenAI SDK (Python), unmodified:
  from openai import OpenAI
  client = OpenAI(base_url="$APP_URL/api/v1", api_key="dev-key-acme")
  r = client.chat.completions.create(model="auto", messages=[{"role": "user", "content": "Say hello"}])
  print(r.choices[0].message.content)

Batch: scripts/batch-producer.sh --sample 3 --tenant acme-bank   then  curl -H 'api-key: dev-key-acme' $APP_URL/api/batch/<id>
Costs: curl -H 'api-key: dev-key-manager' "$APP_URL/api/costs"
EOT

# Like the Functions host, restart a crashed handler, a bounded number of times (ROUTER_APP_RESTARTS, default 5);
# a run of more than 10 minutes resets the count. A clean exit (status 0) ends the script.
restarts=0
max_restarts="${ROUTER_APP_RESTARTS:-5}"
while true; do
  started=$SECONDS
  status=0
  wait "$APP_PID" || status=$?
  [ "$status" = 0 ] && { log "the function app exited"; exit 0; }
  [ $((SECONDS - started)) -gt 600 ] && restarts=0
  if [ "$restarts" -ge "$max_restarts" ]; then
    log "the function app exited with status $status; restarted $restarts times already, giving up"
    exit "$status"
  fi
  restarts=$((restarts + 1))
  log "the function app exited with status $status; restarting it ($restarts of $max_restarts)"
  sleep 1
  start_app
done
