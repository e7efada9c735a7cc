// Plausible's CSV export as `import --from plausible` reads it (server/import/
// plausibleexportreader): the first byte picks the shape — a folder holding one of the
// export's files (which table: the byte's low bits) or the bytes as a zip archive — the
// rest is the file. What the reader promises is checked: a refusal names the file and says
// why, and what it accepts has no negative sums.
#include "import/plausibleexportreader.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QString root
        = QDir::temp().filePath(QStringLiteral("raycstr-fuzz-plausible-%1").arg(getpid()));
    static const QStringList tables = raycstr::PlausibleExportReader::tableNames();
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    const bool zip = data[0] & 0x80;
    const QString file = zip
        ? root + QStringLiteral("/export.zip")
        : root + QLatin1Char('/') + tables.at(data[0] % tables.size())
            + QStringLiteral("_20260101_20260131.csv");
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char *>(data) + 1, qint64(size - 1));
    }
    raycstr::PlausibleExportReader reader(zip ? file : root);
    raycstr::ImportError error;
    if (!reader.read(&error)) {
        if (error.message.isEmpty() || error.file.isEmpty() || error.line < 0 || error.column < 0)
            __builtin_trap();
        return 0;
    }
    for (const raycstr::DayAggregates &day : reader.days()) {
        for (const raycstr::Metrics &m : day) {
            if (m.visitors < 0 || m.visits < 0 || m.pageviews < 0 || m.bounces < 0)
                __builtin_trap();
        }
    }
    return 0;
}
