#!/usr/bin/env bash
# Cold start of the function app, as a Flex Consumption instance scaling from zero sees it: the published
# handler (self-contained linux-x64, as scripts/publish-functions.sh makes it) is started, and the script
# measures, per run, the time until it answers (GET /api/v1/models), the first chat completion (everything
# JIT-compiled or loaded on the way: auth, classification, policy, backend call, ledger) and the second one.
# The backend is the test-only stub (bench/Perf, 0 ms latency), so the figures are the app's own.
# Variants: "jit" (PublishReadyToRun=false) and "r2r" (ReadyToRun, the shipped setting); both with the request
# delegates generated at compile time (EnableRequestDelegateGenerator, also shipped).
# Usage: scripts/bench-startup.sh [--runs 5] [--variants "jit r2r"]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS=5; VARIANTS="jit r2r"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --variants) VARIANTS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

. scripts/lib/bench.sh
now_ms() { python3 -c 'import time; print(f"{time.monotonic()*1000:.1f}")'; }

echo "building the stub and publishing the variants ($VARIANTS)..." >&2
dotnet build bench/Perf -c Release --nologo -v quiet >/dev/null
PERF="$ROOT/bench/Perf/bin/Release/net10.0/Perf.dll"
for v in $VARIANTS; do
  case "$v" in
    jit) r2r=false ;;
    r2r) r2r=true ;;
    *) echo "unknown variant $v (jit, r2r)" >&2; exit 2 ;;
  esac
  dotnet publish src/Functions -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=$r2r \
    -o "$work/$v" --nologo -v quiet >/dev/null
done

STUB_PORT=$(free_port)
dotnet "$PERF" stub --port "$STUB_PORT" --latency-ms 0 >"$work/stub.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$STUB_PORT/health" && break; sleep 0.05; done

KEY="startup-bench-key"
BODY='{"messages":[{"role":"user","content":"Summarise the quarterly report in two sentences."}]}'
echo
echo "## Cold start of the function app ($RUNS runs per variant; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| variant | run | answering after (ms) | first completion (ms) | second completion (ms) |"
echo "|---|---:|---:|---:|---:|"
for v in $VARIANTS; do
  for run in $(seq 1 "$RUNS"); do
    port=$(free_port)
    data="$work/data-$v-$run"
    mkdir -p "$data"
    t0=$(now_ms)
    (cd "$work/$v" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
      Logging__LogLevel__Default=Warning "Auth__ApiKeys__$KEY=perf" Router__Tenants__perf__AllowedRoutes__0=PrivateSmall \
      Backends__GpuWorker__BaseUrl="http://127.0.0.1:$STUB_PORT/" \
      Ledger__SqlitePath="$data/ledger.db" Ledger__SpoolDirectory="$data/spool" \
      ./Functions --urls "http://127.0.0.1:$port" >"$data/log" 2>&1) &
    app=$!
    ready=""
    for _ in $(seq 1 3000); do
      if curl -s -o /dev/null -f -H "api-key: $KEY" "http://127.0.0.1:$port/api/v1/models"; then ready=$(now_ms); break; fi
      sleep 0.01
    done
    [ -n "$ready" ] || { echo "the $v app did not start; its log:" >&2; cat "$data/log" >&2; exit 1; }
    first=$(curl -s -o /dev/null -f -w '%{time_total}' -H "api-key: $KEY" -H 'content-type: application/json' \
      -d "$BODY" "http://127.0.0.1:$port/api/v1/chat/completions")
    second=$(curl -s -o /dev/null -f -w '%{time_total}' -H "api-key: $KEY" -H 'content-type: application/json' \
      -d "${BODY/quarterly/annual}" "http://127.0.0.1:$port/api/v1/chat/completions")
    kill "$app"; wait "$app" 2>/dev/null || true
    python3 -c "import sys; t0,r,f,s=map(float,sys.argv[1:]); print(f'| $v | $run | {r-t0:.0f} | {f*1000:.1f} | {s*1000:.1f} |')" \
      "$t0" "$ready" "$first" "$second"
  done
done
