// Funnel files (server/core/funnelyaml), as `funnel import` and the API read them; what
// parses must write out and parse back to the same funnel.
#include "core/funnelyaml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto funnel = raycstr::FunnelYaml::parse(text, &error)) {
        const QByteArray written = raycstr::FunnelYaml::write(*funnel);
        (void)raycstr::FunnelYaml::parse(written, &error);
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    return 0;
}
