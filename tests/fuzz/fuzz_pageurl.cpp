// Page URLs and referrers (server/ingest/referrerparser, inputrules): the first line is the
// page URL, the rest the referrer. What a parsed page URL promises is checked here too.
#include "ingest/inputrules.h"
#include "ingest/referrerparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf(u'\n');
    const QString url = newline < 0 ? input : input.first(newline);
    const QString referrer = newline < 0 ? QString() : input.sliced(newline + 1);

    (void)raycstr::controlCharacterProblem(QStringLiteral("url"), url);
    for (bool keepFragment : {false, true}) {
        const raycstr::PageUrl page = raycstr::parsePageUrl(url, keepFragment);
        if (page.valid != raycstr::isValidPageUrl(url))
            __builtin_trap(); // the wire formats' check and the writer's parse must agree
        if (page.valid) {
            if (!page.path.startsWith(u'/') || page.hostname.isEmpty())
                __builtin_trap();
            if (page.hostname != page.hostname.toLower())
                __builtin_trap(); // hostnames are compared and reported lower case
        }
        (void)raycstr::classifyAcquisition(referrer, page);
    }
    return 0;
}
