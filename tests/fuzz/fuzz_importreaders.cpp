// The import readers that take a user's files (server/import): GoatCounter's CSV export
// (through the CSV reader) and access logs (through the input file and a log format). The
// first byte picks the reader; the rest is written to a scratch file, as a user's export
// would be read. What a reader promises is checked: a refusal names the file and says why,
// a hit has a time and a URL of the site, and the reader ends (End or Error) on any input.
#include "import/accesslogreader.h"
#include "import/goatcounterreader.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace {

void checkError(const raycstr::ImportError &error, const QString &path)
{
    if (error.message.isEmpty() || error.file != path || error.line < 0 || error.column < 0)
        __builtin_trap();
}

void drain(raycstr::HitReader &reader, const QString &path)
{
    raycstr::Hit hit;
    raycstr::ImportError error;
    for (int i = 0; i < 100000; ++i) {
        switch (reader.next(&hit, &error)) {
        case raycstr::HitReader::Result::Hit:
            if (hit.timestampMs < 0 || !hit.url.startsWith(QLatin1String("http")))
                __builtin_trap();
            break;
        case raycstr::HitReader::Result::Error:
            checkError(error, path);
            return;
        case raycstr::HitReader::Result::End:
            if (reader.bytesRead() > reader.bytesTotal())
                __builtin_trap();
            return;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QString path
        = QDir::temp().filePath(QStringLiteral("raycstr-fuzz-import-%1").arg(getpid()));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data) + 1, qint64(size - 1));
    }
    raycstr::ImportError error;
    if (data[0] & 1) {
        raycstr::GoatCounterReader reader(path, QStringLiteral("example.com"));
        if (!reader.open(&error)) {
            checkError(error, path);
            return 0;
        }
        drain(reader, path);
    } else {
        raycstr::LogFormat format;
        QString formatError;
        if (!format.parse(raycstr::LogFormat::combined(), &formatError))
            __builtin_trap();
        raycstr::AccessLogReader reader({path}, format, QStringLiteral("example.com"));
        if (!reader.open(&error)) {
            checkError(error, path);
            return 0;
        }
        drain(reader, path);
    }
    return 0;
}
