-- Shared by single.lua and batch.lua (loaded with dofile relative to the script's folder).
-- Everything here runs in init()/setup() or done(), never per request, except delay().
--
-- Options: script arguments after the URL (`wrk ... URL -- rate=10000 threads=2`) or the
-- environment (BENCH_RATE=10000 BENCH_THREADS=2); arguments win.
--   rate=N      total target request rate over all threads (req/s); 0 = as fast as possible
--   threads=N   must equal wrk -t (wrk does not tell a thread how many threads there are)
--   pool=N      distinct pre-built requests per thread (visitors/IPs scale with it)
--   seed=N      varies the generated traffic between runs (IPs, paths, UAs)
--   path=/x     request path (default /api/event resp. /collect; a non-root URL path wins)
--   status=0    do not install response(): no per-status counts (only wrk's non-2xx/3xx
--               count), a little less load-generator CPU

local M = {}

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
function M.now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

function M.options(args, defaults)
  local opt = {}
  for k, v in pairs(defaults) do opt[k] = v end
  local env = {
    rate = "BENCH_RATE", threads = "BENCH_THREADS", pool = "BENCH_POOL",
    seed = "BENCH_SEED", path = "BENCH_PATH", status = "BENCH_STATUS",
  }
  for k, name in pairs(env) do
    local v = os.getenv(name)
    if v and v ~= "" then opt[k] = v end
  end
  for i = 1, #(args or {}) do
    local a = args[i]
    if a ~= "--" then
      local k, v = a:match("^%-*([%w_]+)=(.*)$")
      if not k then error("bad script argument '" .. a .. "' (expected key=value)") end
      opt[k] = v
    end
  end
  for _, k in ipairs({ "rate", "threads", "pool", "seed", "status" }) do
    opt[k] = tonumber(opt[k]) or error("option " .. k .. " must be a number")
  end
  if wrk.path and wrk.path ~= "/" and wrk.path ~= "" then opt.path = wrk.path end
  return opt
end

-- Deterministic PRNG (xorshift32) so every run sends the same traffic for the same seed,
-- independent of LuaJIT's math.random.
function M.rng(seed)
  local bit = require("bit")
  local s = bit.tobit(seed * 2654435761 + 12345)
  if s == 0 then s = 1 end
  local r = {}
  function r.next()
    s = bit.bxor(s, bit.lshift(s, 13))
    s = bit.bxor(s, bit.rshift(s, 17))
    s = bit.bxor(s, bit.lshift(s, 5))
    return (s % 4294967296)
  end
  function r.int(n) return r.next() % n + 1 end -- 1..n
  function r.pick(t) return t[r.next() % #t + 1] end
  function r.chance(p) return (r.next() % 1000000) < p * 1000000 end
  return r
end

-- Client address number k (k >= 0) → a public-looking IPv4 (about 85%) or IPv6 address.
-- Distinct k give distinct addresses.
function M.client_ip(k)
  local h = (k * 2654435761 + 0x9E3779B9) % 4294967296
  if k % 7 == 3 then
    -- IPv6: documentation-like but global-looking prefixes, k in the interface id
    local prefixes = { "2a02:8109", "2001:16b8", "2600:1700", "2a01:cb04", "2406:da18", "2804:14c" }
    local p = prefixes[h % #prefixes + 1]
    return string.format("%s:%x:%x::%x:%x", p, math.floor(h / 65536) % 65536, h % 65536,
      math.floor(k / 65536) % 65536, k % 65536)
  end
  local a = math.floor(h / 16777216)
  -- avoid 0/8, 10/8, 100.64/10-ish, 127/8, 169.254/16, 172.16/12, 192.168/16, multicast+
  if a == 0 or a == 10 or a == 100 or a == 127 or a == 169 or a == 172 or a == 192 or a >= 224 then
    a = 20 + (a % 180)
    if a == 100 or a == 127 or a == 169 or a == 172 or a == 192 then a = a + 1 end
  end
  return string.format("%d.%d.%d.%d", a, math.floor(h / 65536) % 256, math.floor(h / 256) % 256,
    (h % 254) + 1)
end

-- ~50 realistic browser User-Agents (no bots, no headless, no HTTP libraries), with the
-- device class used to pick a plausible screen width.
M.user_agents = {
  -- desktop: Chrome / Edge / Firefox / Safari / Opera on Windows, macOS, Linux, ChromeOS
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.97" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0" },
  { "desktop", "Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 OPR/110.0.0.0" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko" },
  { "desktop", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" },
  { "desktop", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36" },
  { "desktop", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15" },
  { "desktop", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15" },
  { "desktop", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15" },
  { "desktop", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0" },
  { "desktop", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67" },
  { "desktop", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" },
  { "desktop", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0" },
  { "desktop", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0" },
  { "desktop", "Mozilla/5.0 (X11; Fedora; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0" },
  { "desktop", "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" },
  { "desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 YaBrowser/24.4.0.0 Safari/537.36" },
  -- mobile: iPhone Safari/Chrome/Firefox, Android Chrome/Samsung/Firefox, in-app browsers
  { "mobile", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1" },
  { "mobile", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Mobile/15E148 Safari/604.1" },
  { "mobile", "Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1" },
  { "mobile", "Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.6 Mobile/15E148 Safari/604.1" },
  { "mobile", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1" },
  { "mobile", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/125.0 Mobile/15E148 Safari/605.1.15" },
  { "mobile", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/459.0.0.38.108]" },
  { "mobile", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 327.0.3.24.91" },
  { "mobile", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36" },
  { "mobile", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36" },
  { "mobile", "Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36" },
  { "mobile", "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36" },
  { "mobile", "Mozilla/5.0 (Linux; Android 12; SAMSUNG SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36" },
  { "mobile", "Mozilla/5.0 (Linux; Android 13; 2201117TG) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36" },
  { "mobile", "Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0" },
  { "mobile", "Mozilla/5.0 (Linux; Android 11; moto g(30)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36" },
  { "mobile", "Mozilla/5.0 (Linux; Android 13; CPH2451) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.64 Mobile Safari/537.36 OPR/82.0.4254.77343" },
  -- tablet: iPad (incl. desktop-mode iPadOS), Android tablets, Kindle
  { "tablet", "Mozilla/5.0 (iPad; CPU OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1" },
  { "tablet", "Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1" },
  { "tablet", "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1" },
  { "tablet", "Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" },
  { "tablet", "Mozilla/5.0 (Linux; Android 12; SM-T970) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36" },
  { "tablet", "Mozilla/5.0 (Linux; Android 13; Lenovo TB-J716F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36" },
  { "tablet", "Mozilla/5.0 (Linux; Android 11; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/124.2.1 like Chrome/124.0.6367.118 Safari/537.36" },
  { "tablet", "Mozilla/5.0 (Linux; Android 14; Pixel Tablet) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" },
}

M.screen_widths = {
  desktop = { 1920, 1920, 1536, 1440, 1366, 1280, 2560, 1680 },
  mobile = { 390, 393, 412, 414, 375, 360, 430 },
  tablet = { 768, 810, 820, 1024, 800, 1280 },
}

-- Referrers; "" = direct (the key is then left out of the body).
M.referrers = {
  "", "", "", "", "", "", -- ~40% direct
  "https://www.google.com/", "https://www.google.com/", "https://www.google.com/",
  "https://www.google.de/", "https://www.google.co.uk/", "https://www.bing.com/",
  "https://duckduckgo.com/", "https://search.brave.com/", "https://news.ycombinator.com/",
  "https://www.reddit.com/r/programming/comments/1c9xz2k/", "https://t.co/AbC123xYz",
  "https://www.facebook.com/", "https://l.instagram.com/", "https://www.linkedin.com/",
  "https://github.com/raycstr/raycstr", "https://lobste.rs/", "https://example.com/",
  "https://newsletter.example.net/issue-42", "android-app://com.google.android.gm/",
}

M.utm = {
  "", "", "", "", "", "", "", "", -- most URLs carry no campaign
  "?utm_source=news&utm_medium=email&utm_campaign=spring_sale",
  "?utm_source=twitter&utm_medium=social",
  "?utm_source=google&utm_medium=cpc&utm_campaign=brand&utm_term=analytics",
  "?ref=producthunt", "?utm_source=newsletter&utm_content=footer_link",
}

-- 500 distinct paths of a typical site.
function M.paths(r)
  local sections = { "blog", "docs", "pricing", "product", "p", "about", "changelog", "guides", "help", "careers" }
  local t = { "/", "/", "/pricing", "/signup", "/login", "/contact" }
  local n = 0
  while #t < 500 do
    n = n + 1
    local s = sections[(n % #sections) + 1]
    if s == "p" then
      t[#t + 1] = "/p/" .. (1000 + n)
    elseif s == "pricing" or s == "about" or s == "careers" then
      t[#t + 1] = "/" .. s .. "/" .. ({ "team", "jobs", "plans", "faq", "enterprise" })[(n % 5) + 1] .. "-" .. n
    else
      t[#t + 1] = "/" .. s .. "/post-" .. n
    end
  end
  return t
end

-- JSON string escaping for the few characters our generated values can contain.
function M.json(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

-- Rate limiting with wrk's delay() hook: a per-thread schedule of send slots
-- (interval = threads / rate). Every request a connection sends is preceded by one delay()
-- call (wrk calls it before the first request of a connection too), which takes the next
-- slot and waits until it. The schedule keeps its own pace (a slow response does not shift
-- it), so the achieved rate ≈ target as long as a connection is idle at each slot. A slot
-- taken after its time (all connections were busy) is sent at once; `behind` counts slots
-- taken more than 2 ms late and `max_lag_ms` the worst, so a generator that could not keep
-- up is visible (that waiting time is NOT in wrk's latency figures). If the schedule falls
-- more than 250 ms behind, the backlog is dropped and counted in `late`.
-- wrk's timers have 1 ms resolution: requests leave in ~1 ms bursts of rate/1000/threads.
function M.install_rate_limit(opt)
  late, behind, max_lag_ms = 0, 0, 0 -- globals: read by done() via thread:get
  if opt.rate <= 0 then
    delay = nil
    return
  end
  local per_thread = opt.rate / math.max(1, opt.threads)
  local interval = 1000 / per_thread
  local drop_after_ms = 250
  local next_slot = nil
  function delay()
    local now = M.now_ms()
    if next_slot == nil then next_slot = now end
    local slot = next_slot
    local lag = now - slot
    if lag > 2 then
      behind = behind + 1
      if lag > max_lag_ms then max_lag_ms = lag end
      if lag > drop_after_ms then
        late = late + math.floor(lag / interval)
        slot = now
      end
    end
    next_slot = slot + interval
    local d = slot - now
    if d <= 0.5 then return 0 end
    return math.floor(d + 0.5)
  end
end

-- Per-status counting (response() is called by wrk for every response).
function M.install_counting(opt)
  sent = 0
  statuses = {}
  first_error = ""
  if opt.status == 0 then
    response = nil
    return
  end
  function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if status >= 300 and first_error == "" then
      first_error = status .. " " .. string.sub(body or "", 1, 300)
    end
  end
end

-- Pre-built raw requests, handed out round-robin.
function M.install_request(reqs)
  if (os.getenv("BENCH_DUMP") or "") ~= "" and (thread_id or 0) == 0 then
    for k = 1, math.min(#reqs, tonumber(os.getenv("BENCH_DUMP")) or 2) do
      io.stderr:write("---- request " .. k .. " (" .. #reqs[k] .. " bytes)\n" .. reqs[k] .. "\n")
    end
  end
  local i = 0
  local n = #reqs
  function request()
    i = i + 1
    if i > n then i = 1 end
    sent = sent + 1
    return reqs[i]
  end
end

function M.raw_request(path, host, ua, ip, body)
  return "POST " .. path .. " HTTP/1.1\r\n" ..
      "Host: " .. host .. "\r\n" ..
      "User-Agent: " .. ua .. "\r\n" ..
      "X-Forwarded-For: " .. ip .. "\r\n" ..
      "Content-Type: text/plain\r\n" ..
      "Accept: */*\r\n" ..
      "Content-Length: " .. #body .. "\r\n" ..
      "\r\n" .. body
end

-- done(): per-thread and total counts, plus one machine-readable line for the bench script:
--   BENCH_RESULT key=value ...
function M.done(threads, opt, events_per_request, summary, latency)
  local total = { sent = 0, late = 0, behind = 0, max_lag = 0 }
  local by_status = {}
  local errs = {}
  for i, t in ipairs(threads) do
    local st = t:get("statuses") or {}
    local s = t:get("sent") or 0
    local l = t:get("late") or 0
    local bh = t:get("behind") or 0
    local ml = t:get("max_lag_ms") or 0
    total.behind = total.behind + bh
    if ml > total.max_lag then total.max_lag = ml end
    local fe = t:get("first_error") or ""
    total.sent = total.sent + s
    total.late = total.late + l
    local parts = {}
    local codes = {}
    for code in pairs(st) do codes[#codes + 1] = code end
    table.sort(codes)
    for _, code in ipairs(codes) do
      parts[#parts + 1] = code .. ":" .. st[code]
      by_status[code] = (by_status[code] or 0) + st[code]
    end
    io.write(string.format("thread %d: sent %d, responses %s%s\n", i, s,
      #parts > 0 and table.concat(parts, " ") or "(not counted)",
      opt.rate > 0 and string.format(", slots >2ms behind %d (max %.1f ms), dropped %d", bh, ml, l) or ""))
    if fe ~= "" then errs[#errs + 1] = fe end
  end
  local c2xx, c503, c4xx, cother = 0, 0, 0, 0
  local counted = false
  for code, n in pairs(by_status) do
    counted = true
    if code >= 200 and code < 300 then c2xx = c2xx + n
    elseif code == 503 then c503 = c503 + n
    elseif code >= 400 and code < 500 then c4xx = c4xx + n
    else cother = cother + n end
  end
  if not counted then
    -- response() not installed: wrk only knows "status > 399"
    c2xx = summary.requests - summary.errors.status
    cother = summary.errors.status
  end
  local secs = summary.duration / 1e6
  local e = summary.errors
  -- Requests sent whose response wrk never read (in flight when wrk stopped, or lost to a
  -- socket error): the server may or may not have stored them. Thread 1's count includes
  -- the one request wrk builds to validate the script.
  local unknown = math.max(0, total.sent - summary.requests)
  if #errs > 0 then
    io.write("first non-2xx response: " .. errs[1]:gsub("\r?\n", " ") .. "\n")
  end
  if opt.threads ~= #threads and opt.rate > 0 then
    io.write(string.format("WARNING: threads=%d but wrk ran %d threads: the rate is off\n",
      opt.threads, #threads))
  end
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_s=%.3f rps=%.1f events_per_request=%d events_2xx=%d " ..
    "s2xx=%d s503=%d s4xx=%d sother=%d sent=%d unknown=%d late=%d behind=%d max_lag_ms=%.1f " ..
    "err_connect=%d err_read=%d err_write=%d err_timeout=%d err_status=%d " ..
    "p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d mean_us=%.1f target_rate=%d\n",
    summary.requests, secs, summary.requests / secs, events_per_request, c2xx * events_per_request,
    c2xx, c503, c4xx, cother, total.sent, unknown, total.late, total.behind, total.max_lag,
    e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean, opt.rate))
end

return M
