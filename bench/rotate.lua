-- Rotates across the request paths listed one per line in the file given after "--", each
-- thread starting at a different place, and prints one machine-readable line at the end:
-- RESULT <req/s> <p50 ms> <p99 ms> <errors (non-2xx/3xx + socket)> <requests>
-- With "tracking" after the file, each request carries random utm_source and fbclid values, as
-- links shared on social networks do: the page cache must ignore them (one kept copy per page).
local paths = {}
local counter = 0
local threads = 0
local tracking = false

function setup(thread)
  threads = threads + 1
  thread:set("offset", threads * 7919)
end

function init(args)
  -- As every browser does: kept pages go out gzip-compressed, and nginx serves the same compressed bytes.
  wrk.headers["Accept-Encoding"] = "gzip"
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  counter = (offset or 0) % #paths
  tracking = args[2] == "tracking"
  math.randomseed(os.time() + (offset or 0))
end

function request()
  counter = counter % #paths + 1
  local path = paths[counter]
  if tracking then
    local separator = path:find("?", 1, true) and "&" or "?"
    path = string.format("%s%sutm_source=s%d&fbclid=IwAR%d%d", path, separator, math.random(1e6),
      math.random(1e9), math.random(1e9))
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("RESULT %.0f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
