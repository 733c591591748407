#!/usr/bin/env bash
# Installs, starts and stops the real services the router uses locally and in tests:
# Redis (Debian redis-server), Azurite (npm, Table/Queue/Blob emulator) and Chromium (Debian, dashboard tests).
# Usage: scripts/services.sh install | start | stop | status | env
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="$ROOT/.services"
TOOLS="$ROOT/.tools"
AZURITE_VERSION="3.35.0"
REDIS_PORT="${ROUTER_REDIS_PORT:-6379}"
AZ_BLOB=10000 AZ_QUEUE=10001 AZ_TABLE=10002
AZURITE_CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$AZ_BLOB/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$AZ_QUEUE/devstoreaccount1;TableEndpoint=http://127.0.0.1:$AZ_TABLE/devstoreaccount1;"

log() { echo "[services] $*" >&2; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} (apt)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install() {
  apt_install redis-server chromium fonts-noto-cjk
  if [ ! -x "$TOOLS/node_modules/.bin/azurite" ]; then
    log "installing azurite@$AZURITE_VERSION (npm)"
    mkdir -p "$TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "azurite@$AZURITE_VERSION" >/dev/null
  fi
}

wait_port() {
  local port=$1 name=$2
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.2
  done
  log "$name did not open port $port"; return 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  mkdir -p "$STATE/azurite"
  if port_open "$REDIS_PORT"; then log "redis already listening on $REDIS_PORT"; else
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
      --daemonize yes --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log"
    wait_port "$REDIS_PORT" redis
    log "redis started on 127.0.0.1:$REDIS_PORT"
  fi
  if port_open "$AZ_TABLE"; then log "azurite already listening"; else
    setsid "$TOOLS/node_modules/.bin/azurite" --silent --skipApiVersionCheck --disableTelemetry --loose \
      --location "$STATE/azurite" --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
      --blobPort $AZ_BLOB --queuePort $AZ_QUEUE --tablePort $AZ_TABLE \
      >"$STATE/azurite.log" 2>&1 </dev/null &
    echo $! >"$STATE/azurite.pid"
    wait_port $AZ_TABLE azurite && wait_port $AZ_QUEUE azurite
    log "azurite started (blob $AZ_BLOB, queue $AZ_QUEUE, table $AZ_TABLE)"
  fi
}

stop_pidfile() {
  local f=$1 name=$2
  [ -f "$f" ] || return 0
  local pid; pid=$(cat "$f")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    log "$name stopped"
  fi
  rm -f "$f"
}

stop() {
  stop_pidfile "$STATE/azurite.pid" azurite
  stop_pidfile "$STATE/redis.pid" redis
}

# Environment the tests and the local app read. Print with: eval "$(scripts/services.sh env)"
env_vars() {
  echo "export ROUTER_TEST_REDIS='127.0.0.1:$REDIS_PORT'"
  echo "export ROUTER_TEST_STORAGE='$AZURITE_CONN'"
  echo "export ROUTER_TEST_CHROMIUM='$(command -v chromium || echo /usr/bin/chromium)'"
}

status() {
  port_open "$REDIS_PORT" && log "redis: up" || log "redis: down"
  port_open "$AZ_TABLE" && log "azurite: up" || log "azurite: down"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) env_vars ;;
  *) echo "usage: $0 install|start|stop|status|env" >&2; exit 2 ;;
esac
