// The stats API's query string (server/api/statsparams): periods, dates, ranges, paging,
// intervals, funnels and filters, as the routes read it (form-decoded from the URL). The
// first byte picks which parameters the route takes, the rest is the query string.
#include "api/statsparams.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using raycstr::StatsParams;
    if (size == 0)
        return 0;
    const unsigned accept = data[0] == 0xff ? ~0u : unsigned(data[0]) | StatsParams::AcceptPeriod;
    QUrl url(QStringLiteral("http://localhost/api/stats"));
    url.setQuery(QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)),
                 QUrl::TolerantMode);
    QString error;
    for (unsigned mask : {accept, ~0u}) {
        error.clear();
        if (const auto params = StatsParams::parse(StatsParams::formQuery(url), mask, &error)) {
            if (params->limit < 1 || params->limit > StatsParams::MaxLimit || params->offset < 0
                || params->offset > StatsParams::MaxOffset)
                __builtin_trap();
        } else if (error.isEmpty()) {
            __builtin_trap();
        }
    }
    return 0;
}
