// Other trackers' wire formats (server/ingest/compatformats): Umami's POST /api/send body
// (JSON), and GoatCounter's GET /count query. The whole input is tried as an Umami body;
// for GoatCounter, the first line is the page URL the collector saw the hit come from and
// the rest the query string.
#include "ingest/compatformats.h"
#include "wirecheck.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    {
        raycstr::UmamiRequest request;
        raycstr::WireError error;
        if (raycstr::parseUmamiSend(input, &request, &error))
            raycstr::fuzz::checkHits(request.batch.hits, request.hostname.isEmpty());
        else if (error.message.isEmpty())
            __builtin_trap();
    }
    {
        const qsizetype newline = input.indexOf('\n');
        // The collector's page URL: the Referer (or Origin) as a strict http(s) QUrl with a
        // host (server/api/collector.cpp), written back fully encoded.
        const QUrl page(QString::fromUtf8(newline < 0 ? QByteArray() : input.first(newline)),
                        QUrl::StrictMode);
        if (!page.isValid() || (page.scheme() != u"https" && page.scheme() != u"http")
            || page.host().isEmpty())
            return 0;
        const QString pageUrl = page.toString(QUrl::FullyEncoded);
        QUrl url;
        // As the collector reads the request's query.
        url.setQuery(QString::fromUtf8(newline < 0 ? input : input.sliced(newline + 1)),
                     QUrl::TolerantMode);
        raycstr::GoatCounterRequest request;
        raycstr::WireError error;
        if (raycstr::parseGoatCounterCount(QUrlQuery(url), pageUrl, &request, &error))
            raycstr::fuzz::checkHits(request.batch.hits);
        else if (error.message.isEmpty())
            __builtin_trap();
    }
    return 0;
}
