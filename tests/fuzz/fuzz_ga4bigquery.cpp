// GA4's BigQuery export as `import --from ga4-bigquery` reads it (server/import/
// ga4bigqueryreader): the bytes are written as a newline-delimited JSON file and read
// whole, through the sorter (runs of 64 hits, so the merge runs too). What the reader
// promises is checked: a refusal names the file, its line and why; every hit has a time,
// a URL, a visitor key and comes out in time order; the reader always ends.
#include "import/ga4bigqueryreader.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString root
        = QDir::temp().filePath(QStringLiteral("raycstr-fuzz-ga4bigquery-%1").arg(getpid()));
    QDir().mkpath(root);
    const QString file = root + QStringLiteral("/events.json");
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    raycstr::Ga4BigQueryReader reader({file}, QStringLiteral("example.com"));
    reader.setRunHits(64);
    reader.setTempDir(root);
    raycstr::ImportError error;
    if (!reader.open(&error)) {
        if (error.message.isEmpty() || error.file != file || error.line < 0)
            __builtin_trap();
        return 0;
    }
    raycstr::Hit hit;
    qint64 last = -1;
    for (;;) {
        const auto r = reader.next(&hit, &error);
        if (r == raycstr::HitReader::Result::End)
            break;
        if (r == raycstr::HitReader::Result::Error)
            __builtin_trap(); // the input was checked whole by open()
        if (hit.timestampMs < last || !hit.url.startsWith(QLatin1String("http")) || !hit.resolved
            || hit.resolved->visitorKey.isEmpty())
            __builtin_trap();
        last = hit.timestampMs;
    }
    if (reader.bytesRead() > reader.bytesTotal())
        __builtin_trap();
    return 0;
}
