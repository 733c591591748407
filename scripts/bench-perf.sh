#!/usr/bin/env bash
# Router overhead against a peer gateway (issue 7). Starts, on loopback only:
#   - the test-only stub backend (bench/Perf: OpenAI-compatible, fixed latency, usage in every answer),
#   - our function app (Release, Production logging) twice: "app" with the embedded defaults (in-memory cache,
#     in-process budgets, local SQLite ledger) and "app+redis" with the real Redis (cache and budgets),
#     both sending the private route (GPU worker backend) to the stub,
#   - "floor": a bare Kestrel + HttpClient forwarder with no logic (bench/Perf `perf forward`), the price of the
#     two extra loopback hops alone,
#   - the Portkey AI gateway (npm @portkey-ai/gateway 1.15.2, installed into .tools/portkey) forwarding to the stub,
# then measures direct / app / app+redis / portkey side by side at each concurrency (unique prompts: no cache hits),
# the cache-hit latency with Redis (the same prompt every time), and the app's memory after the load.
# Usage: scripts/bench-perf.sh [--requests 2000] [--warmup 300] [--concurrency "1 50 200"] [--latency-ms 20]
#                              [--repeat 1] [--no-portkey] [--no-redis] [--tables] [--wrk [--wrk-seconds 5]]
# --tables adds "app+tables": Redis plus the Table Storage ledger on Azurite (ROUTER_TEST_STORAGE), the Azure setup.
# --wrk repeats direct / floor / app (and app+redis) with wrk, a C load generator (Debian package, installed if missing),
#   as a cross-check that the .NET load generator's own CPU on the shared cores does not shape the figures; its runs
#   are bounded by time (--wrk-seconds each, after a 1 s warm-up) instead of by a number of requests.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
REQUESTS=2000; WARMUP=300; CONCURRENCY="1 50 200"; LATENCY=20; REPEAT=1; PORTKEY=1; REDIS=1; TABLES=0; WRK=0; WRK_SECONDS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --requests) REQUESTS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --latency-ms) LATENCY="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --no-portkey) PORTKEY=0; shift ;;
    --no-redis) REDIS=0; shift ;;
    --tables) TABLES=1; shift ;;
    --wrk) WRK=1; shift ;;
    --wrk-seconds) WRK_SECONDS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [ "$REDIS" = 1 ] && [ -z "${ROUTER_TEST_REDIS:-}" ] && [ -x /work/main/scripts/services.sh ]; then
  eval "$(/work/main/scripts/services.sh env)"
fi
if [ "$REDIS" = 1 ] && [ -z "${ROUTER_TEST_REDIS:-}" ]; then
  echo "ROUTER_TEST_REDIS is not set (Redis for the cache-hit run); set it or pass --no-redis" >&2; exit 2
fi

echo "building (Release)..." >&2
dotnet build bench/Perf -c Release --nologo -v quiet >/dev/null
dotnet build src/Functions -c Release --nologo -v quiet >/dev/null
PERF="$ROOT/bench/Perf/bin/Release/net10.0/Perf.dll"
APP_DIR="$ROOT/src/Functions/bin/Release/net10.0"
PORTKEY_DIR="$ROOT/.tools/portkey"
PORTKEY_JS="$PORTKEY_DIR/node_modules/@portkey-ai/gateway/build/start-server.js"
if [ "$PORTKEY" = 1 ] && [ ! -f "$PORTKEY_JS" ]; then
  echo "installing @portkey-ai/gateway 1.15.2 into .tools/portkey..." >&2
  mkdir -p "$PORTKEY_DIR"
  npm install --prefix "$PORTKEY_DIR" --no-audit --no-fund --loglevel=error @portkey-ai/gateway@1.15.2 >/dev/null
fi

if [ "$WRK" = 1 ] && ! command -v wrk >/dev/null; then
  echo "installing wrk (apt)..." >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi

. scripts/lib/bench.sh

STUB_PORT=$(free_port)
dotnet "$PERF" stub --port "$STUB_PORT" --latency-ms "$LATENCY" >"$work/stub.log" 2>&1 &
stub_pid=$!
pids+=($!)
wait_for "http://127.0.0.1:$STUB_PORT/health" stub "$work/stub.log"
FLOOR_PORT=$(free_port)
dotnet "$PERF" forward --port "$FLOOR_PORT" --upstream "http://127.0.0.1:$STUB_PORT/v1/chat/completions" >"$work/floor.log" 2>&1 &
floor_pid=$!
pids+=($!)
wait_for "http://127.0.0.1:$FLOOR_PORT/health" floor "$work/floor.log"

KEY="perf-bench-key"
start_app() { # name port extra-env...
  local name="$1" port="$2"; shift 2
  mkdir -p "$work/$name"
  # The working directory is the build output so appsettings.json is read, as when deployed.
  (cd "$APP_DIR" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning \
    "Auth__ApiKeys__$KEY=perf" Router__Tenants__perf__AllowedRoutes__0=PrivateSmall \
    Backends__GpuWorker__BaseUrl="http://127.0.0.1:$STUB_PORT/" \
    Ledger__SqlitePath="$work/$name/ledger.db" Ledger__SpoolDirectory="$work/$name/spool" \
    DOTNET_STARTUP_HOOKS="$PERF" PERF_GC_FILE="$work/$name/gc" \
    "$@" dotnet Functions.dll --urls "http://127.0.0.1:$port" >"$work/$name/log" 2>&1) &
  started_pid=$!
  pids+=($!)
  wait_for "http://127.0.0.1:$port/api/v1/models" "$name" "$work/$name/log"
}

APP_PORT=$(free_port)
start_app app "$APP_PORT"
app_pid=$started_pid
if [ "$REDIS" = 1 ]; then
  REDIS_APP_PORT=$(free_port)
  start_app app-redis "$REDIS_APP_PORT" Cache__Redis__ConnectionString="$ROUTER_TEST_REDIS" Cache__TtlSeconds=300
  redis_app_pid=$started_pid
fi
if [ "$TABLES" = 1 ]; then
  TABLES_APP_PORT=$(free_port)
  start_app app-tables "$TABLES_APP_PORT" Cache__Redis__ConnectionString="$ROUTER_TEST_REDIS" Cache__TtlSeconds=300 \
    Ledger__Tables__ConnectionString="$ROUTER_TEST_STORAGE" Ledger__Tables__TablePrefix="perf$(date +%s)"
  tables_app_pid=$started_pid
fi
if [ "$PORTKEY" = 1 ]; then
  PK_PORT=$(free_port)
  # NODE_ENV=production and --headless: no UI, as in a deployment. Portkey's server takes no bind address; the
  # machine has no outside network and every request here is sent to 127.0.0.1.
  (cd "$PORTKEY_DIR" && exec env NODE_ENV=production node "$PORTKEY_JS" --port="$PK_PORT" --headless >"$work/portkey.log" 2>&1) &
  pk_pid=$!
  pids+=($!)
  wait_for "http://127.0.0.1:$PK_PORT/" portkey "$work/portkey.log"
fi

targets=(--target "direct=http://127.0.0.1:$STUB_PORT/v1/chat/completions"
         --target "floor=http://127.0.0.1:$FLOOR_PORT/v1/chat/completions" --pid "floor=$floor_pid"
         --target "app=http://127.0.0.1:$APP_PORT/api/v1/chat/completions|api-key:$KEY" --gc-file "app=$work/app/gc"
         --pid "direct=$stub_pid" --pid "app=$app_pid")
[ "$REDIS" = 1 ] && targets+=(--target "app+redis=http://127.0.0.1:$REDIS_APP_PORT/api/v1/chat/completions|api-key:$KEY"
                              --gc-file "app+redis=$work/app-redis/gc" --pid "app+redis=$redis_app_pid")
[ "$TABLES" = 1 ] && targets+=(--target "app+tables=http://127.0.0.1:$TABLES_APP_PORT/api/v1/chat/completions|api-key:$KEY"
                              --gc-file "app+tables=$work/app-tables/gc" --pid "app+tables=$tables_app_pid")
[ "$PORTKEY" = 1 ] && targets+=(--target "portkey=http://127.0.0.1:$PK_PORT/v1/chat/completions|x-portkey-provider:openai|x-portkey-custom-host:http://127.0.0.1:$STUB_PORT/v1|Authorization:Bearer sk-stub"
                                --pid "portkey=$pk_pid")

echo
echo "## Added latency and throughput (stub latency ${LATENCY} ms, $REQUESTS requests per row after $WARMUP warm-up, unique prompts)"
echo "$(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$REPEAT"); do
  echo
  echo "### run $r (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  dotnet "$PERF" load "${targets[@]}" --concurrency "$CONCURRENCY" --requests "$REQUESTS" --warmup "$WARMUP"
done

if [ "$WRK" = 1 ]; then
  wrk_paths=("direct|http://127.0.0.1:$STUB_PORT/v1/chat/completions" "floor|http://127.0.0.1:$FLOOR_PORT/v1/chat/completions"
             "app|http://127.0.0.1:$APP_PORT/api/v1/chat/completions")
  [ "$REDIS" = 1 ] && wrk_paths+=("app+redis|http://127.0.0.1:$REDIS_APP_PORT/api/v1/chat/completions")
  [ "$PORTKEY" = 1 ] && wrk_paths+=("portkey|http://127.0.0.1:$PK_PORT/v1/chat/completions")
  wrk_run() { # seconds concurrency name url
    local headers=(-H "api-key: $KEY")
    [ "$3" = portkey ] && headers=(-H "x-portkey-provider: openai" -H "x-portkey-custom-host: http://127.0.0.1:$STUB_PORT/v1"
                                   -H "Authorization: Bearer sk-stub")
    WRK_RUN_ID="$RANDOM$RANDOM" wrk -t1 -c"$2" -d"$1s" --timeout 10s -s bench/Perf/wrk/chat.lua \
      -H "Content-Type: application/json" "${headers[@]}" "$4" | tail -n 1
  }
  echo
  echo "## Cross-check with wrk (${WRK_SECONDS} s per row after a 1 s warm-up, unique prompts)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| path | conc | n | errors | req/s | p50 ms | p99 ms | added p50 ms | added p99 ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for c in $CONCURRENCY; do
    for entry in "${wrk_paths[@]}"; do
      name="${entry%%|*}"; url="${entry#*|}"
      wrk_run 1 "$c" "$name" "$url" >/dev/null
      read -r n errors rps p50 p99 <<<"$(wrk_run "$WRK_SECONDS" "$c" "$name" "$url")"
      if [ "$name" = direct ]; then
        d50="$p50"; d99="$p99"; added="| | |"
      else
        added=$(python3 -c 'import sys; p50, p99, d50, d99 = map(float, sys.argv[1:]); print(f"| {p50 - d50:+.2f} | {p99 - d99:+.2f} |")' "$p50" "$p99" "$d50" "$d99")
      fi
      echo "| $name | $c | $n | $errors | $rps | $p50 | $p99 $added"
    done
  done
fi

if [ "$REDIS" = 1 ]; then
  echo
  echo "## Cache hits with Redis (the same prompt every time; first call fills the cache)"
  dotnet "$PERF" load --target "app+redis=http://127.0.0.1:$REDIS_APP_PORT/api/v1/chat/completions|api-key:$KEY" \
    --gc-file "app+redis=$work/app-redis/gc" --pid "app+redis=$redis_app_pid" --unique false --concurrency "1 50" --requests "$REQUESTS" --warmup 50
fi

echo
echo "## Memory after the load (2 s idle)"
sleep 2
rss() { awk '/^VmRSS|^VmHWM/ {printf "%s %.0f MiB  ", $1, $2/1024}' "/proc/$1/status"; }
gc() { python3 - "$1" <<'PY'
import sys
a, heap, committed, g0, g1, g2 = map(int, open(sys.argv[1]).read().split())
print(f"GC heap {heap/2**20:.0f} MiB, committed {committed/2**20:.0f} MiB, allocated in all {a/2**30:.2f} GiB, collections gen0/1/2 {g0}/{g1}/{g2}")
PY
}
echo "| process | memory |"
echo "|---|---|"
[ -n "${app_pid:-}" ] && echo "| app | $(rss "$app_pid")$(gc "$work/app/gc") |"
[ "$PORTKEY" = 1 ] && [ -n "${pk_pid:-}" ] && echo "| portkey (node) | $(rss "$pk_pid") |"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
