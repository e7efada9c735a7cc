-- wrk script: POST /collect, Traytic-format batches of 100 events per request.
--   wrk -t1 -c32 -d10s -s tests/bench/batch.lua http://127.0.0.1:PORT [-- rate=100 threads=1]
-- Options (see common.lua): rate, threads, pool (default 512 bodies per thread), seed, path,
-- status, plus events=N (BENCH_EVENTS, default 100 = Limits::MaxEventsPerBatch).
-- One batch = one client (IP + User-Agent) flushing its queue: 100 events over several pages,
-- mostly pageviews, some custom events. Every request is pre-built in init().

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local B = dofile(dir .. "common.lua")

local DEFAULTS = { rate = 0, threads = 1, pool = 512, seed = 1, path = "/collect", status = 1 }
local SITE = os.getenv("BENCH_SITE") or "example.com"
local EVENTS = tonumber(os.getenv("BENCH_EVENTS") or "") or 100

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
  threads[#threads + 1] = thread
end

function init(args)
  opt = B.options(args, DEFAULTS)
  local id = thread_id or 0
  local r = B.rng(opt.seed * 1000 + id + 1)
  local paths = B.paths(B.rng(opt.seed))
  local host = wrk.headers["Host"]
  local custom = { "Signup", "Download", "Outbound Link: Click", "Newsletter", "Purchase" }
  local reqs = {}
  for i = 1, opt.pool do
    local ua = r.pick(B.user_agents)
    local ip = B.client_ip(500000000 + (opt.seed - 1) * 1000003 + id * opt.pool + i)
    local w = r.pick(B.screen_widths[ua[1]])
    local events = {}
    local ref = r.pick(B.referrers)
    for e = 1, EVENTS do
      -- a new "page" every few events; the referrer of later pages is the previous page
      local url = "https://" .. SITE .. r.pick(paths) .. r.pick(B.utm)
      local ev
      if r.chance(0.1) then
        ev = string.format('{"type":"event","name":%s,"url":%s,"screenWidth":%d,"props":{"plan":"%s"}}',
          B.json(r.pick(custom)), B.json(url), w, ({ "free", "pro", "team" })[r.int(3)])
      else
        ev = string.format('{"type":"pageview","url":%s,%s"screenWidth":%d}', B.json(url),
          ref ~= "" and ('"referrer":' .. B.json(ref) .. ",") or "", w)
        ref = url
      end
      events[e] = ev
    end
    local body = '{"siteId":' .. B.json(SITE) .. ',"events":[' .. table.concat(events, ",") .. "]}"
    reqs[i] = B.raw_request(opt.path, host, ua[2], ip, body)
  end
  B.install_counting(opt)
  B.install_rate_limit(opt)
  B.install_request(reqs)
end

function done(summary, latency, requests)
  local o = threads[1] and threads[1]:get("opt") or B.options(nil, DEFAULTS)
  B.done(threads, o, EVENTS, summary, latency)
end
