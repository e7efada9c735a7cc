// Our wire formats (server/ingest/wireformat): POST /collect (the batch format) and
// POST /api/event (Plausible's Events API). Both read a JSON body, so every input goes to both.
#include "ingest/wireformat.h"
#include "wirecheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                    qsizetype(size));
    for (auto parse : {raycstr::parseCollectBatch, raycstr::parsePlausibleEvent}) {
        raycstr::ParsedBatch batch;
        raycstr::WireError error;
        if (parse(body, &batch, &error)) {
            if (batch.unknownFields.size() > raycstr::ParsedBatch::MaxUnknownFields)
                __builtin_trap();
            raycstr::fuzz::checkHits(batch.hits);
        } else if (error.message.isEmpty()) {
            __builtin_trap(); // a refusal always says why
        }
    }
    return 0;
}
