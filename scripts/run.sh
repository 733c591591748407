#!/usr/bin/env bash
# The main job: sets up and runs the router's local stack on a fresh Debian machine with the .NET 10 SDK.
#   Redis + Azurite (scripts/services.sh), setup steps (scripts/setup.d/*.sh), build, the GPU worker (when it
#   can run), and the function app on http://127.0.0.1:7071. Ctrl-C stops everything this script started.
# Environment: ROUTER_KEEP_SERVICES=1 leaves Redis/Azurite running on exit (shared developer machines);
#   ROUTER_GPU_MODEL=/path/model.gguf lets the GPU worker start (see the hook below).
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
[ -f src/GpuWorker/GpuWorker.csproj ] && dotnet build src/GpuWorker -c Release --nologo -v quiet || true

# Local services for the app; anything already set in the environment wins.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Cache__Redis__ConnectionString="${Cache__Redis__ConnectionString:-$ROUTER_TEST_REDIS}"
export Ledger__Tables__ConnectionString="${Ledger__Tables__ConnectionString:-$ROUTER_TEST_STORAGE}"
export Queue__ConnectionString="${Queue__ConnectionString:-$ROUTER_TEST_STORAGE}"
export Queue__Name="${Queue__Name:-router-batch}"
export Backends__GpuWorker__BaseUrl="${Backends__GpuWorker__BaseUrl:-$GPU_URL}"

# ---- HOOK (GPU worker issue): start the worker only when its project can serve a model. ---------------------
# It starts when ROUTER_GPU_MODEL names a model file and src/GpuWorker has a model option. Adjust the argument
# below to the worker's real option name once it is merged.
gpu_worker_can_run() {
  [ -n "${ROUTER_GPU_MODEL:-}" ] && [ -f "${ROUTER_GPU_MODEL}" ] \
    && grep -rqiE -- '--model|ModelPath' src/GpuWorker --include='*.cs' 2>/dev/null
}
if gpu_worker_can_run; then
  log "starting the GPU worker on $GPU_URL with $ROUTER_GPU_MODEL"
  (cd src/GpuWorker/bin/Release/net10.0 && exec dotnet GpuWorker.dll --urls "$GPU_URL" --model "$ROUTER_GPU_MODEL") &
  PIDS+=($!)
else
  log "GPU worker not started (set ROUTER_GPU_MODEL=/path/to/model.gguf once src/GpuWorker takes a model); private routes will fail or fall back"
fi
# ------------------------------------------------------------------------------------------------------------

log "starting the function app on $APP_URL"
# Run the built binary directly (not `dotnet run`) so the PID we stop on Ctrl-C is the app itself.
(cd src/Functions/bin/Release/net10.0 && exec dotnet Functions.dll --urls "$APP_URL") &
PIDS+=($!)

for _ in $(seq 1 150); do
  curl -fsS "$APP_URL/api/health" >/dev/null 2>&1 && break
  kill -0 "${PIDS[-1]}" 2>/dev/null || { log "the function app exited"; exit 1; }
  sleep 0.2
done

cat <<EOT

The router is running on $APP_URL (Ctrl-C stops everything).

First request with curl (dev key from src/Functions/appsettings.Development.json):
  curl -s $APP_URL/api/v1/chat/completions -H 'api-key: dev-key-acme' -H 'content-type: application/json' \\
       -d '{"model":"auto","messages":[{"role":"user","content":"Say hello in five words."}]}' -D - 

With the OpenAI SDK (Python), unmodified:
  from openai import OpenAI
  client = OpenAI(base_url="$APP_URL/api/v1", api_key="dev-key-acme")
  r = client.chat.completions.create(model="auto", messages=[{"role": "user", "content": "Say hello"}])
  print(r.choices[0].message.content)

Batch: scripts/batch-producer.sh --sample 3 --tenant acme   then  curl -H 'api-key: dev-key-acme' $APP_URL/api/batch/<id>
Costs: curl -H 'api-key: dev-key-manager' "$APP_URL/api/costs"
EOT

wait "${PIDS[-1]}"
