#!/usr/bin/env bash
# Sets up and runs every test on a fresh Debian machine with the .NET 10 SDK:
# installs and starts Redis, Azurite and Chromium, builds, runs all test projects, stops the services.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

scripts/services.sh install
for step in scripts/setup.d/*.sh; do [ -f "$step" ] && bash "$step"; done
# Developers sharing running services set ROUTER_KEEP_SERVICES=1; CI always stops what it started.
[ "${ROUTER_KEEP_SERVICES:-0}" = 1 ] || trap 'scripts/services.sh stop' EXIT
scripts/services.sh start
eval "$(scripts/services.sh env)"

echo "== build"
dotnet build Serverless.sln -c Release -warnaserror --nologo -v quiet

results="$ROOT/.artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
status=0
for proj in tests/*/*.Tests.csproj; do
  name=$(basename "$proj" .csproj)
  echo "== $name"
  dotnet test "$proj" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done
for check in scripts/check.d/*.sh; do
  [ -f "$check" ] || continue
  echo "== $(basename "$check" .sh)"
  bash "$check" || status=1
done
scripts/test-summary.sh "$results" || status=1
exit $status
