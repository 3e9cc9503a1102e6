-- One route under wrk: an optional Accept / Accept-Encoding header, and a one-line summary
-- (requests/s, p50, p99, non-2xx and socket errors) that bench/load-mix.sh reads.
local accept = os.getenv("MIX_ACCEPT") or "*/*"
local encoding = os.getenv("MIX_ENCODING") or ""

function request()
  local headers = { ["Accept"] = accept }
  if encoding ~= "" then
    headers["Accept-Encoding"] = encoding
  end
  return wrk.format("GET", nil, headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("MIX rps=%.1f p50=%.2f p99=%.2f bytes=%d requests=%d non2xx=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.bytes, summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
