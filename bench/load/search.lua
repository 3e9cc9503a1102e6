-- wrk script for GET /api/v1/search: each thread walks the query list from its own
-- offset, so the connections do not all ask the same thing at once. Latency percentiles
-- are printed by `wrk --latency` and again, in milliseconds, by done() below.

local queries = {
  "fitball bridge", "hamstrin stetch", "board on the side", "exercise for lower back pain at home",
  "kettelbell swing", "chest exercise with dumbbells", "plank", "side plank", "glute bridge", "bird dog",
  "dead bug", "squat", "goblet squat", "romanian deadlift", "push up", "push ups on knees", "pull up",
  "lat pulldown", "bicep curl", "tricep dips", "shoulder press dumbell", "calf raise", "lunges",
  "bulgarian split squat", "hip thrust with barbell", "cat cow stretch", "childs pose",
  "abs without equipment", "lower abs", "oblique twist", "swiss ball crunch", "resistance band row",
  "foam roller for thighs", "stretch for tight hips", "beginner core workout", "upper back posture",
  "knee friendly leg exercise", "medicine ball slam", "cable fly", "hamstring curl machine", "wall sit",
  "superman", "hollow body hold", "strengthen grip forearms",
}

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/api/v1/search?q=" .. urlencode(q) .. "&limit=10"
end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local counter = 0

function init(args)
  counter = (id or 0) * 7
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write("-- search load summary --\n")
  io.write(string.format("queries rotated:  %d\n", #paths))
  io.write(string.format("requests:         %d in %.1f s\n", summary.requests, seconds))
  io.write(string.format("requests/s:       %.1f\n", summary.requests / seconds))
  for _, p in ipairs({ 50, 75, 90, 99, 99.9 }) do
    io.write(string.format("latency p%-5s    %.2f ms\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("latency max:      %.2f ms\n", latency.max / 1000))
  io.write(string.format("errors:           connect %d, read %d, write %d, status %d, timeout %d\n",
    e.connect, e.read, e.write, e.status, e.timeout))
end
