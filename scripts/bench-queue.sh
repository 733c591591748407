#!/usr/bin/env bash
# Local batch queue throughput (the Storage Queue consumer on Azurite). Starts, on loopback only, the test-only
# stub backend (bench/Perf, fixed latency) and, for each Queue:MaxConcurrentCalls value, the function app
# (Release, embedded cache and ledger, its own queue), then drops N messages with unique prompts and times
# how long until every one has a result (GET /api/batch/{id}).
# Usage: scripts/bench-queue.sh [--messages 300] [--latency-ms 200] [--concurrency "1 4 16"]
# Needs Azurite: ROUTER_TEST_STORAGE, or scripts/services.sh start (its env is read when the variable is unset).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MESSAGES=300; LATENCY=200; CONCURRENCY="1 4 16"
while [ $# -gt 0 ]; do
  case "$1" in
    --messages) MESSAGES="$2"; shift 2 ;;
    --latency-ms) LATENCY="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -z "${ROUTER_TEST_STORAGE:-}" ] && eval "$(scripts/services.sh env)"
[ -n "${ROUTER_TEST_STORAGE:-}" ] || { echo "ROUTER_TEST_STORAGE is not set: run scripts/services.sh start" >&2; exit 2; }

echo "building (Release)..." >&2
dotnet build bench/Perf -c Release --nologo -v quiet >/dev/null
dotnet build src/Functions -c Release --nologo -v quiet >/dev/null
PERF="$ROOT/bench/Perf/bin/Release/net10.0/Perf.dll"
APP_DIR="$ROOT/src/Functions/bin/Release/net10.0"

. scripts/lib/bench.sh

STUB_PORT=$(free_port)
dotnet "$PERF" stub --port "$STUB_PORT" --latency-ms "$LATENCY" >"$work/stub.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$STUB_PORT/health" stub "$work/stub.log"

KEY="queue-bench-key"
echo "## Local batch queue drain (stub latency ${LATENCY} ms, unique prompts)"
echo
echo "| Queue:MaxConcurrentCalls | messages | send s | drain s | messages/s |"
echo "|---:|---:|---:|---:|---:|"
for c in $CONCURRENCY; do
  port=$(free_port); queue="bench-$c-$(date +%s%N | tail -c 9)"
  mkdir -p "$work/app-$c"
  (cd "$APP_DIR" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
    Logging__LogLevel__Default=Warning "Auth__ApiKeys__$KEY=bench" Router__Tenants__bench__AllowedRoutes__0=PrivateSmall \
    Backends__GpuWorker__BaseUrl="http://127.0.0.1:$STUB_PORT/" \
    Ledger__SqlitePath="$work/app-$c/ledger.db" Queue__ConnectionString="$ROUTER_TEST_STORAGE" Queue__Name="$queue" \
    Queue__MaxConcurrentCalls="$c" Queue__PollInterval=00:00:00.100 \
    dotnet Functions.dll --urls "http://127.0.0.1:$port" >"$work/app-$c/log" 2>&1) &
  app_pid=$!
  pids+=($app_pid)
  wait_for "http://127.0.0.1:$port/api/v1/models" "app ($c)" "$work/app-$c/log"
  dotnet "$PERF" drain --app "http://127.0.0.1:$port" --key "$KEY" --tenant bench --storage "$ROUTER_TEST_STORAGE" \
    --queue "$queue" --messages "$MESSAGES" --label "$c" || { echo "drain failed; app log:" >&2; tail -20 "$work/app-$c/log" >&2; exit 1; }
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
done
