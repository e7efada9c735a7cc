// The stats API's filter forms (server/api/filtersyntax): ours (one `filter=` expression)
// and Plausible's v1 `filters=` list, from the decoded query value.
#include "api/filtersyntax.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (!raycstr::FilterSyntax::parse(text, &error) && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    error.clear();
    if (const auto filters = raycstr::FilterSyntax::parsePlausible(text, &error)) {
        if (filters->size() > raycstr::FilterSyntax::MaxFilters)
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    (void)raycstr::FilterSyntax::split(text, u'|', true);
    return 0;
}
