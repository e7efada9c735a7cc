#pragma once

// The fixed tables behind TrafficModel: User-Agent strings with their market weights,
// visitor countries, acquisition channels, and words for slugs and host names. Kept apart
// from the model's logic so both stay readable.

#include "core/event.h"

namespace raycstr::bench::tables {

struct AgentSpec
{
    const char *userAgent;
    double weight; // share among humans (bots: among bot hits)
    DeviceType device;
    bool bot;
};

// Weights roughly follow 2024 browser/device shares for a tech-leaning audience:
// about half desktop, 45 % mobile, 5 % tablet. Bots are ~3.5 % of all hits.
inline constexpr AgentSpec agents[] = {
    // desktop
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36",
     14, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/125.0.0.0 Safari/537.36",
     6, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/124.0.0.0 Safari/537.36",
     2, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36",
     6, DeviceType::Desktop, false},
    {"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36",
     1.5, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
     4, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
     1.5, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0", 2.5,
     DeviceType::Desktop, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0", 1,
     DeviceType::Desktop, false},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:127.0) Gecko/20100101 Firefox/127.0", 0.8,
     DeviceType::Desktop, false},
    {"Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0", 1,
     DeviceType::Desktop, false},
    {"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0", 0.5,
     DeviceType::Desktop, false},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Safari/605.1.15",
     4, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.4.1 Safari/605.1.15",
     1.2, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/16.6 Safari/605.1.15",
     0.5, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/125.0.0.0 Safari/537.36 OPR/111.0.0.0",
     0.7, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36 Vivaldi/6.7.3329.41",
     0.2, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/124.0.0.0 YaBrowser/24.4.0.0 Safari/537.36",
     0.2, DeviceType::Desktop, false},
    {"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36",
     0.4, DeviceType::Desktop, false},
    {"Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/109.0.0.0 Safari/537.36",
     0.3, DeviceType::Desktop, false},
    // mobile
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
     10, DeviceType::Mobile, false},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
     4, DeviceType::Mobile, false},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
     2, DeviceType::Mobile, false},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
     1.5, DeviceType::Mobile, false},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) GSA/320.0.648374067 Mobile/15E148 Safari/604.1",
     0.8, DeviceType::Mobile, false},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Mobile/21F79 "
     "[FBAN/FBIOS;FBAV/466.0.0.41.108;FBBV/607318311;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/"
     "17.5;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/5]",
     0.5, DeviceType::Mobile, false},
    {"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Mobile Safari/537.36",
     9, DeviceType::Mobile, false},
    {"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.6478.71 Mobile Safari/537.36",
     1, DeviceType::Mobile, false},
    {"Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/125.0.6422.165 Mobile Safari/537.36",
     1.5, DeviceType::Mobile, false},
    {"Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
     "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
     2, DeviceType::Mobile, false},
    {"Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0", 0.6,
     DeviceType::Mobile, false},
    {"Mozilla/5.0 (Linux; U; Android 13; en-us; 2201117TG Build/TKQ1.221114.001) "
     "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/112.0.5615.136 Mobile "
     "Safari/537.36 XiaoMi/MiuiBrowser/14.8.1-gn",
     0.4, DeviceType::Mobile, false},
    {"Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/119.0.0.0 Mobile Safari/537.36 OPR/80.0.0.0",
     0.3, DeviceType::Mobile, false},
    {"Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Mobile Safari/537.36 EdgA/126.0.0.0",
     0.3, DeviceType::Mobile, false},
    {"Mozilla/5.0 (Linux; U; Android 10; en-US; RMX2020 Build/QP1A.190711.020) AppleWebKit/537.36 "
     "(KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 UCBrowser/13.4.0.1306 Mobile "
     "Safari/537.36",
     0.3, DeviceType::Mobile, false},
    {"Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 "
     "(KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 Instagram "
     "334.0.0.42.95 Android",
     0.4, DeviceType::Mobile, false},
    // tablet
    {"Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Mobile/15E148 Safari/604.1",
     2, DeviceType::Tablet, false},
    {"Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36",
     0.8, DeviceType::Tablet, false},
    {"Mozilla/5.0 (Linux; Android 11; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/126.3.1 "
     "like Chrome/126.0.6478.71 Safari/537.36",
     0.2, DeviceType::Tablet, false},
    // bots: crawlers that run JavaScript, headless browsers, HTTP libraries
    {"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", 20,
     DeviceType::Unknown, true},
    {"Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like "
     "Gecko) Chrome/126.0.6478.126 Mobile Safari/537.36 (compatible; Googlebot/2.1; "
     "+http://www.google.com/bot.html)",
     20, DeviceType::Unknown, true},
    {"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", 12,
     DeviceType::Unknown, true},
    {"Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", 10, DeviceType::Unknown,
     true},
    {"Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)", 8,
     DeviceType::Unknown, true},
    {"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "HeadlessChrome/126.0.0.0 Safari/537.36",
     10, DeviceType::Unknown, true},
    {"curl/8.5.0", 4, DeviceType::Unknown, true},
    {"python-requests/2.31.0", 4, DeviceType::Unknown, true},
    {"Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; "
     "+https://openai.com/gptbot)",
     6, DeviceType::Unknown, true},
    {"facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", 3,
     DeviceType::Unknown, true},
    {"Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", 3, DeviceType::Unknown,
     true},
};

struct CountrySpec
{
    const char *code; // "" = an address no database knows (carrier NAT, new allocations)
    double weight;
};

// Visitors of an English-language tech product; sites with a home country boost it.
inline constexpr CountrySpec countries[] = {
    {"US", 28},  {"DE", 8},   {"GB", 6},   {"IN", 6},   {"FR", 4},   {"CA", 3.5}, {"NL", 2.5},
    {"BR", 2.5}, {"ES", 2},   {"IT", 2},   {"PL", 1.8}, {"AU", 1.8}, {"JP", 1.6}, {"SE", 1.2},
    {"CH", 1},   {"RU", 1.2}, {"TR", 1},   {"UA", 0.9}, {"MX", 1},   {"ID", 0.9}, {"CN", 0.8},
    {"KR", 0.8}, {"SG", 0.8}, {"AT", 0.8}, {"BE", 0.8}, {"DK", 0.6}, {"NO", 0.6}, {"FI", 0.5},
    {"IE", 0.5}, {"PT", 0.5}, {"CZ", 0.5}, {"RO", 0.5}, {"IL", 0.5}, {"AR", 0.5}, {"ZA", 0.5},
    {"NG", 0.4}, {"VN", 0.5}, {"PH", 0.5}, {"PK", 0.4}, {"EG", 0.3}, {"NZ", 0.4}, {"GR", 0.3},
    {"HU", 0.3}, {"TW", 0.5}, {"HK", 0.4}, {"TH", 0.4}, {"MY", 0.4}, {"CL", 0.3}, {"CO", 0.4},
    {"", 0.8},
};

enum class Landing { Home, Any, Recent, Docs };

struct AcquisitionSpec
{
    const char *referrer; // "" = none; "@tail" = a long-tail site
    const char *query; // appended to the landing URL; %1 = newsletter issue
    double weight;
    Landing landing;
    bool tokenPath = false; // the referrer gets a random path (t.co/AbC123)
};

inline constexpr AcquisitionSpec acquisitions[] = {
    {"", "", 28, Landing::Home},
    {"https://www.google.com/", "", 30, Landing::Any},
    {"https://www.google.de/", "", 2.5, Landing::Any},
    {"https://www.google.co.uk/", "", 2, Landing::Any},
    {"https://www.google.fr/", "", 1, Landing::Any},
    {"https://www.google.co.in/", "", 1.2, Landing::Any},
    {"https://www.google.com.br/", "", 0.6, Landing::Any},
    {"android-app://com.google.android.googlequicksearchbox/", "", 0.8, Landing::Any},
    {"https://www.bing.com/", "", 3, Landing::Any},
    {"https://duckduckgo.com/", "", 2, Landing::Any},
    {"https://www.ecosia.org/", "", 0.5, Landing::Any},
    {"https://search.yahoo.com/", "", 0.4, Landing::Any},
    {"https://yandex.ru/", "", 0.3, Landing::Any},
    {"https://search.brave.com/", "", 0.4, Landing::Any},
    {"https://t.co/", "", 3.5, Landing::Recent, true},
    {"https://x.com/", "", 0.8, Landing::Recent},
    {"https://l.facebook.com/", "", 2.2, Landing::Recent},
    {"https://m.facebook.com/", "", 0.8, Landing::Recent},
    {"https://www.reddit.com/r/programming/", "", 1.5, Landing::Recent},
    {"https://www.reddit.com/r/webdev/", "", 0.8, Landing::Recent},
    {"https://old.reddit.com/", "", 0.4, Landing::Recent},
    {"https://news.ycombinator.com/", "", 1.8, Landing::Recent},
    {"https://www.linkedin.com/", "", 1.2, Landing::Any},
    {"https://lnkd.in/", "", 0.3, Landing::Any, true},
    {"https://github.com/", "", 1.5, Landing::Docs},
    {"https://www.youtube.com/", "", 0.5, Landing::Any},
    {"https://www.instagram.com/", "", 0.4, Landing::Home},
    {"https://chatgpt.com/", "", 0.6, Landing::Docs},
    {"https://stackoverflow.com/questions/", "", 1, Landing::Docs},
    {"https://mail.google.com/", "?utm_source=newsletter&utm_medium=email&utm_campaign=issue-%1",
     1.5, Landing::Recent},
    {"", "?utm_source=newsletter&utm_medium=email&utm_campaign=issue-%1", 2.5, Landing::Recent},
    {"", "?utm_source=producthunt&utm_medium=launch", 0.4, Landing::Home},
    {"https://www.google.com/",
     "?utm_source=google&utm_medium=cpc&utm_campaign=brand&utm_term=web+analytics", 1,
     Landing::Home},
    {"", "?ref=partner-weekly", 0.3, Landing::Any},
    {"@tail", "", 8, Landing::Any},
};

inline constexpr const char *words[] = {
    "analytics", "privacy",    "cookie",       "tracking", "dashboard", "metrics",  "server",
    "linux",     "docker",     "sqlite",       "postgres", "rust",      "cpp",      "qt",
    "python",    "golang",     "kernel",       "cache",    "index",     "query",    "rollup",
    "session",   "visitor",    "funnel",       "goal",     "report",    "export",   "import",
    "backup",    "deploy",     "release",      "update",   "guide",     "tutorial", "intro",
    "advanced",  "tips",       "tricks",       "faster",   "simple",    "modern",   "open",
    "source",    "self",       "hosted",       "cloud",    "edge",      "cdn",      "proxy",
    "nginx",     "caddy",      "tls",          "dns",      "domain",    "email",    "newsletter",
    "design",    "layout",     "color",        "font",     "mobile",    "desktop",  "tablet",
    "browser",   "chrome",     "firefox",      "safari",   "webkit",    "vitals",   "speed",
    "latency",   "throughput", "memory",       "disk",     "storage",   "stream",   "event",
    "signal",    "timer",      "clock",        "zone",     "calendar",  "weekly",   "monthly",
    "yearly",    "growth",     "launch",       "pricing",  "team",      "plan",     "story",
    "journey",   "lessons",    "notes",        "why",      "how",       "what",     "best",
    "practices", "patterns",   "antipatterns", "review",   "benchmark", "compare",  "migrate",
    "from",      "to",         "without",      "with",     "garden",    "coffee",   "travel",
    "recipe",    "camera",     "bike",         "shoes",    "lamp",      "chair",    "desk",
    "mug",
};

inline constexpr const char *tlds[] = {"com",  "org", "net", "io", "dev", "de",  "co.uk", "fr",
                                       "blog", "app", "nl",  "se", "me",  "xyz", "ca"};

} // namespace raycstr::bench::tables
