"""Summary of scripts/bench-worker.sh --runs N: per model, server and concurrency the median generated tokens/s,
CPU ms per generated token and cores over the runs; where llama-server ran too, the median and range of each
server's per-run ratio to it, in tokens/s (what the issue's target is about; follows the CPU share each server got)
and in tokens per CPU-second (steadier on a shared machine). Usage: bench_worker_summary.py ROWS.jsonl (stdlib only)"""
import json, statistics, sys
from collections import defaultdict

rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
by = defaultdict(list)
for r in rows:
    by[(r["model"], r["server"], r["conc"])].append(r)
anchor = "llama-server"
runs = sorted({r["run"] for r in rows}, key=int)
loads = [r["load1"] for r in rows]
print(f"\n== medians over {len(runs)} runs (load average {min(loads):.1f}-{max(loads):.1f})")
print(f"{'model':<12} {'server':<14} {'conc':>5} {'tok/s':>8} {'cpu_ms/tok':>10} {'cores':>6} {'tok/s vs ' + anchor:>28} {'tok/cpu-s vs ' + anchor:>28}")


def ratio_text(values):
    if not values:
        return "-"
    return f"{statistics.median(values):.0%} ({min(values):.0%}-{max(values):.0%})"


for (model, server, conc), group in sorted(by.items(), key=lambda kv: (kv[0][0], kv[0][1] != anchor, kv[0][1], kv[0][2])):
    base = {r["run"]: r for r in by.get((model, anchor, conc), [])}
    wall = [r["tok_s"] / base[r["run"]]["tok_s"] for r in group if server != anchor and r["run"] in base]
    cpu = [base[r["run"]]["cpu_ms_tok"] / r["cpu_ms_tok"] for r in group if server != anchor and r["run"] in base]
    print(f"{model:<12} {server:<14} {conc:>5} {statistics.median(r['tok_s'] for r in group):>8.1f}"
          f" {statistics.median(r['cpu_ms_tok'] for r in group):>10.2f} {statistics.median(r['cores'] for r in group):>6.2f}"
          f" {ratio_text(wall):>28} {ratio_text(cpu):>28}")
