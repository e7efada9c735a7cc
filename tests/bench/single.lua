-- wrk script: POST /api/event, one Plausible-format event per request.
--   wrk -t1 -c32 -d10s -s tests/bench/single.lua http://127.0.0.1:PORT [-- rate=10000 threads=1]
-- Options (see common.lua): rate, threads, pool (default 8192 requests per thread), seed, path, status.
-- Every request is pre-built in init(); request() only hands them out round-robin.
-- Thread k uses client addresses k*pool .. k*pool+pool-1, so threads never share a visitor.

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local B = dofile(dir .. "common.lua")

local DEFAULTS = { rate = 0, threads = 1, pool = 8192, seed = 1, path = "/api/event", status = 1 }
local SITE = os.getenv("BENCH_SITE") or "example.com"

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
  threads[#threads + 1] = thread
end

function init(args)
  opt = B.options(args, DEFAULTS) -- global: done() reads it via thread:get
  local id = thread_id or 0
  local r = B.rng(opt.seed * 1000 + id + 1)
  local paths = B.paths(B.rng(opt.seed))
  local host = wrk.headers["Host"]
  local custom = { "Signup", "Download", "Outbound Link: Click", "Newsletter", "Purchase" }
  local reqs = {}
  for i = 1, opt.pool do
    local ua = r.pick(B.user_agents)
    local ip = B.client_ip((opt.seed - 1) * 1000003 + id * opt.pool + i)
    local url = "https://" .. SITE .. r.pick(paths) .. r.pick(B.utm)
    local ref = r.pick(B.referrers)
    local w = r.pick(B.screen_widths[ua[1]])
    local body
    if r.chance(0.05) then
      body = string.format('{"n":%s,"u":%s,"d":%s,%s"w":%d,"p":{"plan":"%s"}}',
        B.json(r.pick(custom)), B.json(url), B.json(SITE),
        ref ~= "" and ('"r":' .. B.json(ref) .. ",") or "", w,
        ({ "free", "pro", "team" })[r.int(3)])
    else
      body = string.format('{"n":"pageview","u":%s,"d":%s,%s"w":%d}',
        B.json(url), B.json(SITE), ref ~= "" and ('"r":' .. B.json(ref) .. ",") or "", w)
    end
    reqs[i] = B.raw_request(opt.path, host, ua[2], ip, body)
  end
  B.install_counting(opt)
  B.install_rate_limit(opt)
  B.install_request(reqs)
end

function done(summary, latency, requests)
  local o = threads[1] and threads[1]:get("opt") or B.options(nil, DEFAULTS)
  B.done(threads, o, 1, summary, latency)
end
