#!/usr/bin/env bash
# Fetches the prebuilt CPU llama.cpp shared libraries that node-llama-cpp 3.22.1 ships (llama.cpp release
# v0.5.0, the version src/GpuWorker/Native is bound to) into .tools/llama/lib. Idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION=3.22.1
DEST="$ROOT/.tools/llama"
LIB="$DEST/lib"
STAMP="$LIB/.node-llama-cpp-$VERSION"
# dist.integrity of the npm package (sha512-5uCCDNqW...), in hex.
SHA512=e6e0820cda9608d7da026f1a47f533c5ba381c1a4a80d17dd640873dea4a86032057638099ab6879f6ce94c8a1b2a0a21f639ddf913f7941d00856df44126e3a

if [ -f "$STAMP" ] && ls "$LIB"/libllama*.so >/dev/null 2>&1; then
  echo "llama.cpp libraries present in $LIB"
  exit 0
fi

mkdir -p "$DEST"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
TGZ="$work/node-llama-cpp-linux-x64-$VERSION.tgz"
command -v npm >/dev/null || { echo "npm is required (apt-get install npm)" >&2; exit 1; }
(cd "$work" && npm pack --silent "@node-llama-cpp/linux-x64@$VERSION" >/dev/null)
echo "$SHA512  $TGZ" | sha512sum -c --quiet - || { echo "checksum mismatch for $TGZ" >&2; exit 1; }
tar xzf "$TGZ" -C "$work"
rm -rf "$LIB"; mkdir -p "$LIB"
# libllama, libggml, libggml-base and the per-CPU ggml backends (picked at run time); not the Node addon.
cp "$work"/package/bins/linux-x64/*.so "$LIB"/
rm -f "$LIB"/libllama-common.so
cp "$work"/package/bins/linux-x64/_nlcBuildMetadata.json "$LIB"/
touch "$STAMP"
echo "llama.cpp libraries installed in $LIB ($(grep -o '"release":"[^"]*"' "$LIB/_nlcBuildMetadata.json"))"
