#pragma once

// What every wire format promises about the hits it accepts (core/event.h, inputrules.h,
// referrerparser.h), checked on each accepted input: a broken promise is a crash.
#include "core/event.h"
#include "ingest/inputrules.h"
#include "ingest/referrerparser.h"

namespace raycstr::fuzz {

// `pathAllowed`: Umami without a hostname leaves a bare path for the collector to complete.
inline void checkHits(const QList<Hit> &hits, bool pathAllowed = false)
{
    for (const Hit &hit : hits) {
        const bool bareUrl = pathAllowed && hit.url.startsWith(u'/');
        if (!bareUrl && !isValidPageUrl(hit.url))
            __builtin_trap(); // accepted, then dropped by the writer after the 2xx
        if (firstControlCharacter(hit.url) >= 0 || firstControlCharacter(hit.referrer) >= 0
            || firstControlCharacter(hit.name) >= 0)
            __builtin_trap();
        for (const Property &property : hit.props) {
            if (firstControlCharacter(property.key) >= 0)
                __builtin_trap();
        }
    }
}

} // namespace raycstr::fuzz
