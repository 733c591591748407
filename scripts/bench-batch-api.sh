#!/usr/bin/env bash
# Batch API throughput (issue 19): runs the end-to-end test (1,000 queue messages with a 24 h window from an Azurite
# queue through the function app, collected into batches on the test-only fake of the Azure OpenAI Files and Batches
# endpoints, a crash after one batch create, a restart that finishes) and prints its figures: collection (messages
# received, classified, routed and stored as batch items per second) and ingestion (results + ledger rows per second
# on the restart's poll, output files downloaded from the fake). Everything runs on this machine: the figures say
# how fast this box and its Azurite are, not Azure; run it on a quiet machine and compare runs back to back.
# Usage: scripts/bench-batch-api.sh    Needs Azurite: ROUTER_TEST_STORAGE, or scripts/services.sh start.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
[ -z "${ROUTER_TEST_STORAGE:-}" ] && eval "$(scripts/services.sh env)"
[ -n "${ROUTER_TEST_STORAGE:-}" ] || { echo "ROUTER_TEST_STORAGE is not set: run scripts/services.sh start" >&2; exit 2; }
echo "building tests/Functions.Tests (Release)..." >&2
dotnet build tests/Functions.Tests -c Release --nologo -v quiet >/dev/null
echo "running the 1,000-message Batch API end-to-end test..." >&2
out=$(dotnet test tests/Functions.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~BatchApiEndToEndTests" --logger "console;verbosity=detailed" 2>&1) || { echo "$out" | tail -40 >&2; exit 1; }
echo "$out" | grep -E "^ *collection: " | sed 's/^ *//'
