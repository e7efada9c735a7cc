// GA4 Data API reports as `import --from google-analytics` reads them (server/import/
// ga4reportreader): the first byte picks the shape — a .json file, or the bytes as a zip of
// reports — the rest is the file. What the reader promises is checked: a refusal names the
// file and says why, and what it accepts has no negative sums.
#include "import/ga4reportreader.h"

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
        = QDir::temp().filePath(QStringLiteral("raycstr-fuzz-ga4report-%1").arg(getpid()));
    QDir().mkpath(root);
    const bool zip = data[0] & 0x80;
    const QString file = root + (zip ? QStringLiteral("/reports.zip") : QStringLiteral("/r.json"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data) + 1, qint64(size - 1));
    }
    raycstr::Ga4ReportReader reader({file});
    raycstr::ImportError error;
    if (!reader.read(&error)) {
        if (error.message.isEmpty() || !error.file.startsWith(file) || error.line < 0
            || error.column < 0)
            __builtin_trap();
    } else {
        for (const raycstr::DayAggregates &day : reader.days()) {
            for (const raycstr::Metrics &m : day) {
                if (m.visitors < 0 || m.visits < 0 || m.pageviews < 0 || m.bounces < 0
                    || m.events < 0 || m.duration < 0)
                    __builtin_trap();
            }
        }
    }
    QFile::remove(file);
    return 0;
}
