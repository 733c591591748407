#!/usr/bin/env bash
# Sample batch job: drops requests on the router's batch queue (Azurite locally). Prints one request id per line.
#   scripts/batch-producer.sh --sample 3 --tenant acme-bank
#   scripts/batch-producer.sh --file requests.jsonl --tenant acme-bank
#   scripts/batch-producer.sh --sample 3 --tenant acme-bank --service-bus <namespace>.servicebus.windows.net
#     (Azure: the Service Bus queue, signed in with DefaultAzureCredential; MessageId = request id). --help lists all.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project "$ROOT/scripts/batch-producer" -c Release -v quiet -- "$@"
