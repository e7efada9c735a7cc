// Plausible's Stats API v2 query body (server/api/plausiblev2query), as POST /api/v2/query
// reads it: a JSON object, checked and turned into the engine's question.
#include "api/plausiblev2query.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    QString error;
    const auto query
        = raycstr::PlausibleV2Query::parse(document.object(), QDate(2026, 6, 15), &error);
    if (query) {
        if (query->limit < 1 || query->offset < 0)
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    (void)raycstr::PlausibleV2Query::inspect(QJsonValue(document.object()));
    return 0;
}
