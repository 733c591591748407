#!/usr/bin/env bash
# Added latency of the router → GPU worker hop. Builds Release, starts the worker on the tiny model on loopback
# (and, unless --no-app, the function app pointed at it), then HopBench sends REQUESTS completions of MAX_TOKENS
# tokens at each concurrency over three paths: client → worker directly; client → the router's GpuWorkerBackend
# (its named HTTP client, gate and translation) → worker; client → function app (POST /api/v1/chat/completions,
# tenant bench restricted to the private route) → worker. Prints p50/p99, added latency vs direct, req/s.
# Everything started here is stopped on exit; nothing leaves 127.0.0.1.
# Each concurrency runs ROUNDS rounds of REQUESTS per path, path order rotated per round, pooled per path.
# Usage: scripts/bench-hop.sh [--requests 200] [--rounds 5] [--concurrency "1 32"] [--max-tokens 8] [--threads 1]
#          [--no-app] [--ledger sqlite|tables]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
REQUESTS=200; ROUNDS=5; CONCURRENCY="1 32"; MAX_TOKENS=8; THREADS=1; WITH_APP=1; LEDGER=sqlite
while [ $# -gt 0 ]; do
  case "$1" in
    --requests) REQUESTS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --max-tokens) MAX_TOKENS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --no-app) WITH_APP=0; shift ;;
    --ledger) LEDGER="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$REQUESTS" -ge 1 ] && [ "$REQUESTS" -le 10000 ] || { echo "--requests must be 1..10000" >&2; exit 2; }
case "$LEDGER" in
  sqlite) LEDGER_ENV=(Ledger__Tables__ConnectionString=) ;;
  tables) [ -n "${ROUTER_TEST_STORAGE:-}" ] || { echo "--ledger tables needs ROUTER_TEST_STORAGE (eval \"\$(scripts/services.sh env)\")" >&2; exit 2; }
          LEDGER_ENV=(Ledger__Tables__ConnectionString="$ROUTER_TEST_STORAGE" Ledger__Tables__TablePrefix="hopbench$RANDOM$RANDOM") ;;
  *) echo "--ledger must be sqlite or tables" >&2; exit 2 ;;
esac
[ "$ROUNDS" -ge 1 ] && [ "$ROUNDS" -le 20 ] || { echo "--rounds must be 1..20" >&2; exit 2; }

log() { echo "[bench-hop] $*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { # url pid name
  for _ in $(seq 1 300); do
    curl -sf "$1" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { log "$3 exited"; return 1; }
    sleep 0.1
  done
  log "$3 not ready at $1"; return 1
}

work="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

log "building (Release)"
dotnet build src/GpuWorker -c Release -v quiet >/dev/null
dotnet build bench/HopBench -c Release -v quiet >/dev/null
[ "$WITH_APP" = 1 ] && dotnet build src/Functions -c Release -v quiet >/dev/null

WORKER_DLL="$ROOT/src/GpuWorker/bin/Release/net10.0/GpuWorker.dll"
dotnet "$WORKER_DLL" write-tiny-model --out "$work/tiny.gguf" >/dev/null
WORKER_URL="http://127.0.0.1:$(free_port)"
MAXC=$(echo "$CONCURRENCY" | tr ' ' '\n' | sort -n | tail -1)
# Queue bound above the top concurrency: this measures the hop, not the worker's 503 back-pressure.
Worker__ModelPath="$work/tiny.gguf" Worker__Threads="$THREADS" Worker__MaxConcurrent=4 Worker__ContextSize=512 \
  Worker__QueueBound=$((MAXC * 2)) Logging__LogLevel__Default=Warning \
  dotnet "$WORKER_DLL" --urls "$WORKER_URL" >"$work/worker.log" 2>&1 &
PIDS+=($!)
wait_http "$WORKER_URL/health" "${PIDS[-1]}" "worker" || { cat "$work/worker.log" >&2; exit 1; }
log "worker ready on $WORKER_URL (threads $THREADS)"

APP_ARGS=()
if [ "$WITH_APP" = 1 ]; then
  APP_URL="http://127.0.0.1:$(free_port)"
  # Its own key for a tenant 'bench' that may use the private route only. No Redis: in-memory
  # cache and budgets. Ledger: a throwaway SQLite file, or (--ledger tables) Azurite tables under a fresh prefix.
  (cd src/Functions/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Development \
    Backends__GpuWorker__BaseUrl="$WORKER_URL" Router__Tenants__bench__AllowedRoutes__0=PrivateSmall Auth__ApiKeys__benchkey=bench \
    Cache__Redis__ConnectionString= Queue__ConnectionString= "${LEDGER_ENV[@]}" \
    Ledger__SqlitePath="$work/ledger.db" Ledger__SpoolDirectory="$work/spool" Logging__LogLevel__Default=Warning \
    dotnet Functions.dll --urls "$APP_URL") >"$work/app.log" 2>&1 &
  PIDS+=($!)
  if wait_http "$APP_URL/api/health" "${PIDS[-1]}" "function app"; then
    log "function app ready on $APP_URL"
    APP_ARGS=(--app "$APP_URL/" --app-key benchkey)
  else
    grep -m1 -E 'Exception|error' "$work/app.log" >&2 || tail -5 "$work/app.log" >&2
    log "measuring without the function app path"
  fi
fi

log "$ROUNDS rounds × $REQUESTS requests × max_tokens $MAX_TOKENS per path at concurrency $CONCURRENCY"
# shellcheck disable=SC2086
dotnet bench/HopBench/bin/Release/net10.0/HopBench.dll --worker "$WORKER_URL/" "${APP_ARGS[@]}" \
  --requests "$REQUESTS" --rounds "$ROUNDS" --max-tokens "$MAX_TOKENS" --concurrency $CONCURRENCY
