-- wrk script for scripts/bench-perf.sh --wrk: the same request as `perf load` (a short, plain question, unique per
-- call so no cache answers), and one line of plain numbers at the end: calls, non-200 answers, calls/s, p50 and p99
-- in milliseconds (from wrk's own histogram, kept in microseconds). One wrk thread, so the counters need no locks.
local sequence = 0
local run = os.getenv("WRK_RUN_ID") or tostring(os.time())
local failed = 0

request = function()
  sequence = sequence + 1
  local body = '{"model":"auto","max_tokens":64,"messages":[{"role":"user","content":'
    .. '"What is the capital of France? Answer in one short sentence. Ref w' .. run .. '-' .. sequence .. '."}]}'
  return wrk.format("POST", nil, nil, body)
end

response = function(status, headers, body)
  if status ~= 200 then failed = failed + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("%d %d %.0f %.2f %.2f\n", summary.requests, failed + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
