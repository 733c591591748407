#!/usr/bin/env bash
# Fetches the prebuilt CPU llama.cpp shared libraries that node-llama-cpp 3.22.1 ships (llama.cpp release
# v0.5.0, the version src/GpuWorker/Native is bound to) into .tools/llama/lib. Idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION=3.22.1
DEST="$ROOT/.tools/llama"
LIB="$DEST/lib"
STAMP="$LIB/.node-llama-cpp-$VERSION"

if [ -f "$STAMP" ] && ls "$LIB"/libllama*.so >/dev/null 2>&1; then
  echo "llama.cpp libraries present in $LIB"
  exit 0
fi

command -v npm >/dev/null || { echo "npm is required to fetch @node-llama-cpp/linux-x64@$VERSION" >&2; exit 1; }
mkdir -p "$DEST"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@node-llama-cpp/linux-x64@$VERSION" >/dev/null)
tar xzf "$work"/node-llama-cpp-linux-x64-"$VERSION".tgz -C "$work"
rm -rf "$LIB"; mkdir -p "$LIB"
# libllama, libggml, libggml-base and the per-CPU ggml backends (picked at run time); not the Node addon.
cp "$work"/package/bins/linux-x64/*.so "$LIB"/
rm -f "$LIB"/libllama-common.so
cp "$work"/package/bins/linux-x64/_nlcBuildMetadata.json "$LIB"/
touch "$STAMP"
echo "llama.cpp libraries installed in $LIB ($(grep -o '"release":"[^"]*"' "$LIB/_nlcBuildMetadata.json"))"
