// Access-log lines (server/import/logformat): the first line of the input is an nginx
// log_format, the rest a log line split by it; the time parsers get every field. What a
// split promises is checked: the values lie inside the line, a failure names a column in it.
#include "import/logformat.h"

#include <cstddef>
#include <cstdint>

namespace {

bool inside(QByteArrayView value, QByteArrayView line)
{
    return value.isNull()
        || (value.data() >= line.data() && value.data() + value.size() <= line.data() + line.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView format = newline < 0 ? input : input.first(newline);
    const QByteArrayView line = newline < 0 ? QByteArrayView() : input.sliced(newline + 1);

    raycstr::LogFormat f;
    QString error;
    qsizetype column = 0;
    if (!f.parse(QString::fromUtf8(format), &error, &column)) {
        if (column < 1 || error.isEmpty())
            __builtin_trap();
        if (!f.parse(raycstr::LogFormat::combined(), &error))
            __builtin_trap(); // the preset always parses
    }
    raycstr::LogFormat::Values v;
    if (f.split(line, &v, &column, &error)) {
        for (QByteArrayView value : {v.remoteAddr, v.timeLocal, v.timeIso8601, v.msec, v.request,
                                     v.method, v.uri, v.status, v.referer, v.userAgent, v.host,
                                     v.scheme}) {
            if (!inside(value, line))
                __builtin_trap();
        }
        (void)raycstr::parseTimeLocal(v.timeLocal);
        (void)raycstr::parseTimeIso8601(v.timeIso8601);
    } else if (column < 1 || column > line.size() + 1 || error.isEmpty()) {
        __builtin_trap();
    }
    (void)raycstr::parseTimeLocal(line);
    (void)raycstr::parseTimeIso8601(line);
    return 0;
}
