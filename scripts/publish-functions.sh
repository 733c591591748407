#!/usr/bin/env bash
# Assembles the deployable Azure Functions folder (custom handler):
#   <out>/host.json, <out>/<Function>/function.json for every function, <out>/handler/Functions (the binary
#   host.json's customHandler.description.defaultExecutablePath names), and <out>.zip when zip is available.
# The handler is published self-contained for linux-x64 (no .NET 10 needed on the Functions worker); when the
# runtime packs are not on the feed, it falls back to framework-dependent and says so.
# Usage: scripts/publish-functions.sh [out-dir]   (default: publish/functions)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${1:-publish/functions}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$OUT"
mkdir -p "$OUT"
cp host.json "$OUT/"
for dir in src/Functions/functions/*/; do
  name=$(basename "$dir")
  mkdir -p "$OUT/$name"
  cp "$dir/function.json" "$OUT/$name/"
done

if dotnet publish src/Functions -c Release -r linux-x64 --self-contained true -o "$OUT/handler" --nologo -v quiet; then
  mode="self-contained linux-x64"
else
  echo "[publish] self-contained publish failed (runtime packs not on the feed?); publishing framework-dependent" >&2
  rm -rf "$OUT/handler"
  dotnet publish src/Functions -c Release -o "$OUT/handler" --nologo -v quiet
  mode="framework-dependent (needs the .NET 10 runtime on the worker)"
fi

handler=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["customHandler"]["description"]["defaultExecutablePath"])' host.json 2>/dev/null || echo handler/Functions)
[ -x "$OUT/$handler" ] || { echo "[publish] $OUT/$handler missing or not executable" >&2; exit 1; }
# Local settings for `func start` in the folder; in Azure these are app settings.
cat >"$OUT/local.settings.json" <<'JSON'
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "custom",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "ServiceBusConnection": ""
  }
}
JSON
if command -v zip >/dev/null; then
  (cd "$OUT" && zip -qr "../$(basename "$OUT").zip" . -x local.settings.json)
fi
echo "[publish] $OUT: $(ls "$OUT" | grep -vc -e handler -e host.json -e local.settings.json) functions, handler $mode"
