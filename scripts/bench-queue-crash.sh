#!/usr/bin/env bash
# Crash recovery of the local batch queue: how long a message that a consumer held when it died takes to be
# answered by the next consumer. Starts, on loopback only, two test-only stub backends (bench/Perf): a slow one
# (the message is still in flight when the first app is killed with SIGKILL) and a fast one for the second app.
# Prints the seconds from the kill to the result being readable (GET /api/batch/{id}), second app startup included.
# Usage: scripts/bench-queue-crash.sh [--visibility 00:00:30] (Queue:VisibilityTimeout of both apps)
# Needs Azurite: ROUTER_TEST_STORAGE, or scripts/services.sh start (its env is read when the variable is unset).
# The run's queue (crash-*) and its poison queue are deleted on exit, whatever the outcome.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VISIBILITY=00:00:30
while [ $# -gt 0 ]; do
  case "$1" in
    --visibility) VISIBILITY="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -z "${ROUTER_TEST_STORAGE:-}" ] && eval "$(scripts/services.sh env)"
[ -n "${ROUTER_TEST_STORAGE:-}" ] || { echo "ROUTER_TEST_STORAGE is not set: run scripts/services.sh start" >&2; exit 2; }

echo "building (Release)..." >&2
dotnet build bench/Perf -c Release --nologo -v quiet >/dev/null
dotnet build src/Functions -c Release --nologo -v quiet >/dev/null
dotnet build scripts/batch-producer -c Release --nologo -v quiet >/dev/null
PERF="$ROOT/bench/Perf/bin/Release/net10.0/Perf.dll"
PRODUCER="$ROOT/scripts/batch-producer/bin/Release/net10.0/BatchProducer.dll"
APP_DIR="$ROOT/src/Functions/bin/Release/net10.0"

. scripts/lib/bench.sh

stub() { # latency-ms -> port
  local port; port=$(free_port)
  dotnet "$PERF" stub --port "$port" --latency-ms "$1" >"$work/stub-$1.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$port/health" stub "$work/stub-$1.log"
  echo "$port"
}
SLOW=$(stub 600000)
FAST=$(stub 20)
KEY="crash-bench-key"
QUEUE="crash-$(date +%s%N | tail -c 9)"
# Azurite is shared: the run's queue and its poison queue go when the script ends (after the apps are stopped).
drop_queue() { dotnet "$PRODUCER" --delete-queue --queue "$QUEUE" --storage "$ROUTER_TEST_STORAGE" >/dev/null || echo "could not delete queue $QUEUE" >&2; }
trap 'cleanup; drop_queue' EXIT
app() { # name stub-port -> starts the app, sets APP_PID and APP_URL
  local port; port=$(free_port); mkdir -p "$work/$1"
  (cd "$APP_DIR" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
    Logging__LogLevel__Default=Warning "Auth__ApiKeys__$KEY=bench" Router__Tenants__bench__AllowedRoutes__0=PrivateSmall \
    Backends__GpuWorker__BaseUrl="http://127.0.0.1:$2/" Ledger__SqlitePath="$work/$1/ledger.db" \
    Queue__ConnectionString="$ROUTER_TEST_STORAGE" Queue__Name="$QUEUE" Queue__PollInterval=00:00:00.100 \
    Queue__VisibilityTimeout="$VISIBILITY" dotnet Functions.dll --urls "http://127.0.0.1:$port" >"$work/$1/log" 2>&1) &
  APP_PID=$!; pids+=($APP_PID); APP_URL="http://127.0.0.1:$port"
  wait_for "$APP_URL/api/v1/models" "$1" "$work/$1/log"
}

app first "$SLOW"
ID=$(dotnet "$PRODUCER" --sample 1 --tenant bench --queue "$QUEUE" --storage "$ROUTER_TEST_STORAGE" 2>/dev/null)
sleep 3 # received and in flight on the slow backend (poll interval 0.1 s)
kill -9 "$APP_PID"
killed=$(date +%s%N)
app second "$FAST"
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "api-key: $KEY" "$APP_URL/api/batch/$ID")" = 200 ]; do
  sleep 0.2
  [ $(( ($(date +%s%N) - killed) / 1000000000 )) -gt 900 ] && { echo "no result after 15 min" >&2; exit 1; }
done
ms=$(( ($(date +%s%N) - killed) / 1000000 ))
printf '| Queue:VisibilityTimeout | kill → result readable (s) |\n|---|---:|\n| %s | %d.%d |\n' "$VISIBILITY" $((ms / 1000)) $((ms % 1000 / 100))
