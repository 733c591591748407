#!/usr/bin/env bash
# Table Storage ledger throughput into Azurite (scripts/services.sh start): rows/s, and fsyncs per row counted by
# strace (a second, separate run, since tracing slows the process). Usage: scripts/bench-ledger.sh [--rows N]
# [--concurrency C] [--tenants T]. See docs/performance.md, "The Azure ledger path".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval "$("$ROOT/scripts/services.sh" env)"
dotnet build "$ROOT/bench/LedgerBench" -c Release -v q -nologo >/dev/null
DLL="$ROOT/bench/LedgerBench/bin/Release/net10.0/LedgerBench.dll"
dotnet "$DLL" "$@"
if command -v strace >/dev/null; then
  trace=$(mktemp)
  strace -f --seccomp-bpf -c -e trace=fsync,fdatasync -o "$trace" dotnet "$DLL" "$@" >/dev/null
  echo "syscalls in a second run (warm-up of 200 rows included):"
  grep -E "fsync|fdatasync" "$trace" | awk '{print "  " $NF ": " $(NF-1) " calls, " $2 " s"}'
  rm -f "$trace"
fi
