#include "ingest/botfilter.h"

#include <re2/re2.h>

namespace raycstr {

namespace {

// One case-insensitive alternation, so each request costs a single DFA pass over the UA and
// no allocation. Tokens are chosen to never occur in real browsers' UAs (including in-app
// browsers such as Facebook's FBAN/FBIOS or Instagram, which are people).
const RE2 &botPattern()
{
    static const RE2 pattern(
        "(?i)"
        // Generic crawler words. "bot" must end a word ("Googlebot/", "MJ12bot", "bots)",
        // "_bot_") and not follow a "u": real browsers carry the Cubot phone brand ("CUBOT X30"),
        // carriers like "FBCR/OrangeBotswana" and toolbars like "U.S. Robotics".
        "(?:^|[^u])bots?(?:[^a-z]|$)|botify|crawl|spider|slurp|scraper|archiver|"
        // Crawlers without those words.
        "facebookexternalhit|facebookcatalog|meta-externalagent|mediapartners-google|"
        "feedfetcher|apis-google|google-inspectiontool|google-site-verification|googleother|"
        "google-pagerenderer|google web preview|google favicon|adsbot|bytespider|yeti/|"
        "chatgpt-user|perplexity-user|anthropic-ai|claude-web|cohere-ai|diffbot|ia_archiver|"
        "nutch|heritrix|qwantify|"
        // Crawlers identify themselves with a contact URL; real browsers never do.
        "\\+https?:|"
        // Headless browsers, automation and auditing tools.
        "headless|phantomjs|slimerjs|htmlunit|jsdom|cypress/|lighthouse|ptst/|gtmetrix|"
        "pagespeed|prerender|rendertron|"
        // HTTP libraries and command-line tools.
        "curl|wget|python|aiohttp|httpx|go-http-client|java/|okhttp|axios|node-fetch|undici|"
        "libwww-perl|lwp-|apache-httpclient|postmanruntime|insomnia/|httpie|scrapy|"
        "guzzlehttp|ruby|faraday|restsharp|winhttp|reqwest|dart:io|^dart/|deno/|"
        // Uptime monitors and link-preview fetchers.
        "uptimerobot|pingdom|statuscake|site24x7|newrelicpinger|datadog|uptime-kuma|"
        "better uptime|checkly|zabbix|nagios|whatsapp|skypeuripreview|embedly|iframely|"
        "vkshare|w3c_validator|validator\\.nu");
    return pattern;
}

} // namespace

bool BotFilter::isBot(const QByteArray &userAgent)
{
    // Empty or whitespace-only: no browser sends that; scripts and scanners do.
    bool blank = true;
    for (const char c : userAgent) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            blank = false;
            break;
        }
    }
    if (blank)
        return true;
    return RE2::PartialMatch(re2::StringPiece(userAgent.constData(), size_t(userAgent.size())),
                             botPattern());
}

} // namespace raycstr
