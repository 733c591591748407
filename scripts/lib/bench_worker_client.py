"""Load generator for scripts/bench-worker.sh: streams chat completions from an OpenAI-compatible server at
fixed concurrencies and prints one table row per concurrency (requests/s, generated tokens/s, TTFT p50/p99,
the server's RSS after that level, the server's CPU time per generated token, its average CPU use in cores
and the load average). CPU per token holds up far better than tokens/s on a shared, loaded machine. Usage: bench_worker_client.py LABEL PID PORT MAX_TOKENS MIN_REQUESTS CONCURRENCY...
(stdlib only)"""
import http.client, json, os, statistics, sys, time
from concurrent.futures import ThreadPoolExecutor

label, pid = sys.argv[1], int(sys.argv[2])
port, max_tokens, min_requests = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])


def complete(i):
    body = json.dumps({
        "messages": [{"role": "user", "content": f"hello world, request {i}: tell me how it is"}],
        "max_tokens": max_tokens, "temperature": 0.8, "seed": i, "ignore_eos": True, "stream": True,
        "stream_options": {"include_usage": True},
    })
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    started = time.perf_counter()
    conn.request("POST", "/v1/chat/completions", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    if response.status != 200:
        raise RuntimeError(f"HTTP {response.status}: {response.read()[:300]!r}")
    first, chunks, usage = None, 0, None
    for raw in response:
        line = raw.strip()
        if not line.startswith(b"data: ") or line == b"data: [DONE]":
            continue
        event = json.loads(line[6:])
        if event.get("usage"):
            usage = event["usage"]
        for choice in event.get("choices") or []:
            if (choice.get("delta") or {}).get("content"):
                chunks += 1
                if first is None:
                    first = time.perf_counter() - started
    conn.close()
    tokens = usage["completion_tokens"] if usage else chunks
    return tokens, first if first is not None else time.perf_counter() - started


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def cpu_seconds():
    # utime + stime of the server process (all its threads): the CPU it spent, whatever share of the machine it got.
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb():
    with open(f"/proc/{pid}/status") as status:
        return next(int(l.split()[1]) // 1024 for l in status if l.startswith("VmRSS:"))


complete(0)  # warm-up: first-use allocations are not what is measured
for c in map(int, sys.argv[6:]):
    n = max(min_requests, 2 * c)
    cpu0, t0 = cpu_seconds(), time.perf_counter()
    with ThreadPoolExecutor(c) as pool:
        results = list(pool.map(complete, range(1, n + 1)))
    wall = time.perf_counter() - t0
    cpu = cpu_seconds() - cpu0
    tokens = sum(t for t, _ in results)
    ttft = [f * 1000 for _, f in results]
    print(f"{label:<14} {c:>5} {n:>5} {tokens:>7} {wall:>7.2f} {n / wall:>8.2f} {tokens / wall:>9.1f}"
          f" {statistics.median(ttft):>9.1f} {percentile(ttft, 99):>9.1f} {rss_mb():>9}"
          f" {cpu * 1000 / max(tokens, 1):>10.2f} {cpu / wall:>6.2f} {os.getloadavg()[0]:>6.1f}", flush=True)
    if os.environ.get("BENCH_ROWS"):  # for bench_worker_summary.py (--runs)
        with open(os.environ["BENCH_ROWS"], "a") as rows:
            rows.write(json.dumps({"run": os.environ.get("BENCH_RUN"), "model": os.environ.get("BENCH_MODEL"), "server": label,
                                   "conc": c, "tok_s": tokens / wall, "cpu_ms_tok": cpu * 1000 / max(tokens, 1),
                                   "cores": cpu / wall, "load1": os.getloadavg()[0]}) + "\n")
