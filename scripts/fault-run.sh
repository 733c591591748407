#!/usr/bin/env bash
# Fault run: the function app under load while its Redis, its Azurite and its GPU worker are killed and restarted.
# Everything runs on loopback with its OWN instances on free ports (never the shared 6379 / 10000-10002): a Redis
# (no persistence, so a restart forgets every budget key), an Azurite (ledger table), the test-only stub backend
# (bench/Perf) as the GPU worker, and the app (Release; Redis budgets and cache, Table Storage ledger with its
# spool). Two tenants: "open" (no budget) and "capped" (a daily budget the run exhausts).
# Schedule over --duration-s D (default 60): at 0.2·D Redis is killed (SIGKILL) and restarted empty 3 s later;
# at 0.45·D Azurite is stopped and restarted 5 s later; at 0.7·D the worker is killed (SIGKILL) and restarted 3 s
# later. After the load the spool is given up to 60 s to drain. Bounded: D + about 90 s, plus the build.
# Prints: calls, answers by status, errors, ledger rows, lost and duplicated rows, and the capped tenant's spend
# against its budget (overshoot). Exit 1 when a row is lost or duplicated or the budget is overshot.
# Usage: scripts/fault-run.sh [--duration-s 60] [--concurrency 8] [--budget-usd 0.002]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DURATION=60; CONCURRENCY=8; BUDGET=0.002
while [ $# -gt 0 ]; do
  case "$1" in
    --duration-s) DURATION="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --budget-usd) BUDGET="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
AZURITE="$ROOT/.tools/node_modules/.bin/azurite"
[ -x "$AZURITE" ] || { echo "azurite not found at $AZURITE: run scripts/services.sh start once (it installs it)" >&2; exit 2; }
command -v redis-server >/dev/null || { echo "redis-server not found: run scripts/services.sh start once" >&2; exit 2; }

echo "building (Release)..." >&2
dotnet build bench/Perf -c Release --nologo -v quiet >/dev/null
dotnet build src/Functions -c Release --nologo -v quiet >/dev/null
PERF="$ROOT/bench/Perf/bin/Release/net10.0/Perf.dll"
APP_DIR="$ROOT/src/Functions/bin/Release/net10.0"

. scripts/lib/bench.sh

REDIS_PORT=$(free_port); BLOB=$(free_port); QUEUE=$(free_port); TABLE=$(free_port); WORKER_PORT=$(free_port); APP_PORT=$(free_port)
ACCOUNT_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='  # Azurite's published dev key
STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$ACCOUNT_KEY;BlobEndpoint=http://127.0.0.1:$BLOB/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE/devstoreaccount1;"
mkdir -p "$work/azurite" "$work/spool"

start_redis() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >>"$work/redis.log" 2>&1 &
  redis_pid=$!; pids+=($redis_pid)
}
start_azurite() {
  "$AZURITE" --silent --skipApiVersionCheck --disableTelemetry --loose --location "$work/azurite" \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 --blobPort "$BLOB" --queuePort "$QUEUE" --tablePort "$TABLE" \
    >>"$work/azurite.log" 2>&1 </dev/null &
  azurite_pid=$!; pids+=($azurite_pid)
}
start_worker() {
  dotnet "$PERF" stub --port "$WORKER_PORT" --latency-ms 50 >>"$work/worker.log" 2>&1 &
  worker_pid=$!; pids+=($worker_pid)
}
wait_port() { for _ in $(seq 1 300); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; echo "$2 did not open port $1" >&2; exit 1; }

start_redis; wait_port "$REDIS_PORT" redis
start_azurite; wait_port "$TABLE" azurite
start_worker; wait_for "http://127.0.0.1:$WORKER_PORT/health" worker "$work/worker.log"

(cd "$APP_DIR" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Auth__ApiKeys__fault-open-key=open Auth__ApiKeys__fault-capped-key=capped \
  Router__Tenants__open__AllowedRoutes__0=PrivateSmall Router__Tenants__capped__AllowedRoutes__0=PrivateSmall \
  Router__Tenants__capped__DailyBudgetUsd="$BUDGET" \
  Backends__GpuWorker__BaseUrl="http://127.0.0.1:$WORKER_PORT/" \
  Cache__Redis__ConnectionString="127.0.0.1:$REDIS_PORT" \
  Ledger__Tables__ConnectionString="$STORAGE" Ledger__SpoolDirectory="$work/spool" Ledger__SpoolFlushInterval=00:00:02 \
  dotnet Functions.dll --urls "http://127.0.0.1:$APP_PORT" >"$work/app.log" 2>&1) &
app_pid=$!; pids+=($app_pid)
wait_for "http://127.0.0.1:$APP_PORT/api/v1/models" app "$work/app.log"

at() { python3 -c "print(round($1 * $DURATION, 1))"; }
faults() {
  sleep "$(at 0.2)"; echo "  fault: Redis killed (SIGKILL, no persistence)" >&2; kill -9 "$redis_pid"
  sleep 3; start_redis; echo "  fault: Redis restarted empty" >&2
  sleep "$(python3 -c "print(max(0, $(at 0.25) - 3))")"; echo "  fault: Azurite stopped" >&2; kill "$azurite_pid"; wait "$azurite_pid" 2>/dev/null || true
  sleep 5; start_azurite; echo "  fault: Azurite restarted" >&2
  sleep "$(python3 -c "print(max(0, $(at 0.25) - 5))")"; echo "  fault: worker killed (SIGKILL)" >&2; kill -9 "$worker_pid"
  sleep 3; start_worker; echo "  fault: worker restarted" >&2
}
faults & fault_pid=$!; pids+=($fault_pid)

echo "load: $CONCURRENCY callers for ${DURATION}s (one call in four by the capped tenant, budget \$$BUDGET)" >&2
dotnet "$PERF" fault-load --app "http://127.0.0.1:$APP_PORT/" --key-open fault-open-key --key-capped fault-capped-key \
  --duration-s "$DURATION" --concurrency "$CONCURRENCY" --out "$work/calls.tsv"
wait "$fault_pid" 2>/dev/null || true

echo "waiting for the ledger spool to drain (at most 60 s)..." >&2
for _ in $(seq 1 60); do
  [ -z "$(find "$work/spool" -name '*.jsonl' 2>/dev/null)" ] && break
  sleep 1
done
sleep 3 # rows the app still holds in memory reach the table or the spool within the flush interval
dotnet "$PERF" ledger-rows --storage "$STORAGE" --table RouterLedger >"$work/rows.tsv"
spooled=$(find "$work/spool" -name '*.jsonl' | wc -l)
dead=$(find "$work/spool" -name '*.rejected' | wc -l)

python3 - "$work/calls.tsv" "$work/rows.tsv" "$BUDGET" "$spooled" "$dead" <<'PY'
import collections, sys
from decimal import Decimal
calls = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[2]) if l.strip()]
budget, spooled, dead = Decimal(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
status = collections.Counter(c[2] for c in calls)
errors = sum(n for s, n in status.items() if s != "200")
keys = collections.Counter((r[0], r[1]) for r in rows)
answered = {(c[0], c[1]) for c in calls if c[2] == "200"}
lost_answered = sorted(answered - set(keys))
# Refusals and backend failures write a row too but carry no request id in the answer: compared by count.
failed_calls = collections.Counter(c[0] for c in calls if c[2] in ("429", "403", "502", "503", "504"))
failed_rows = collections.Counter(r[0] for r in rows if r[3] != "ok")
lost_failed = sum(max(0, failed_calls[t] - failed_rows[t]) for t in failed_calls)
duplicated = sum(n - 1 for n in keys.values() if n > 1) + sum(max(0, failed_rows[t] - failed_calls[t]) for t in failed_rows)
spent = sum((Decimal(r[2] or "0") for r in rows if r[0] == "capped"), Decimal(0))
print("## Fault run")
print(f"calls                {len(calls)}")
print("answers by status    " + ", ".join(f"{s}: {n}" for s, n in sorted(status.items())))
print(f"errors               {errors} (non-200; 429 = capped tenant's budget exhausted)")
print(f"ledger rows          {len(rows)} (spool files left: {spooled}, dead-lettered files: {dead})")
print(f"lost rows            {len(lost_answered) + lost_failed} (answered 200 without a row: {len(lost_answered)}; failed calls without a row: {lost_failed})")
print(f"duplicated rows      {duplicated}")
share = (spent / budget * 100) if budget else Decimal(0)
print(f"budget (capped)      spent {spent:.9f} of {budget} USD = {share:.1f} % (overshoot {max(Decimal(0), share - 100):.1f} %)")
sys.exit(1 if lost_answered or lost_failed or duplicated or spent > budget else 0)
PY
