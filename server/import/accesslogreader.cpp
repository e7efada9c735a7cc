#include "import/accesslogreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace raycstr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("raycstr::AccessLogReader", text);
}

qsizetype columnOf(QByteArrayView value, QByteArrayView line)
{
    return value.data() ? qsizetype(value.data() - line.constData()) + 1 : 1;
}

// Dotted IPv4 without a detour through QString (most lines); anything else through Qt.
QHostAddress parseAddress(QByteArrayView text)
{
    quint32 v4 = 0;
    int part = 0, digits = 0, parts = 0;
    for (const char c : text) {
        if (c >= '0' && c <= '9' && digits < 3) {
            part = part * 10 + (c - '0');
            ++digits;
        } else if (c == '.' && digits > 0 && part < 256 && parts < 3) {
            v4 = (v4 << 8) | quint32(part);
            part = digits = 0;
            ++parts;
        } else {
            return QHostAddress(QString::fromLatin1(text));
        }
    }
    if (parts != 3 || digits == 0 || part > 255)
        return QHostAddress(QString::fromLatin1(text));
    return QHostAddress((v4 << 8) | quint32(part));
}

} // namespace

AccessLogReader::AccessLogReader(const QStringList &files, const LogFormat &format,
                                 const QString &defaultHost)
    : m_files(files)
    , m_format(format)
    , m_defaultHost(defaultHost.toUtf8())
{ }

bool AccessLogReader::isStaticAsset(QByteArrayView path)
{
    const qsizetype q = path.indexOf('?');
    if (q >= 0)
        path = path.first(q);
    const qsizetype dot = path.lastIndexOf('.');
    if (dot < 0 || path.indexOf('/', dot) >= 0)
        return false;
    const QByteArray ext = path.sliced(dot + 1).toByteArray().toLower();
    static const QList<QByteArray> assets {
        "css",  "js",  "mjs", "map",         "png",  "jpg",   "jpeg", "gif", "svg", "ico", "webp",
        "avif", "bmp", "tif", "tiff",        "woff", "woff2", "ttf",  "otf", "eot", "mp4", "webm",
        "ogg",  "mp3", "wav", "webmanifest", "json", "xml",   "txt",  "gz",  "zip", "wasm"};
    return assets.contains(ext);
}

bool AccessLogReader::open(ImportError *error)
{
    // Order by the first line's time: rotated logs (name.2.gz, name.1, name) come in any
    // order on the command line.
    QList<QPair<qint64, QString>> firsts;
    m_bytesTotal = 0;
    for (const QString &file : std::as_const(m_files)) {
        InputFile in;
        QString message;
        if (!in.open(file, &message)) {
            *error = {file, 0, 0, message};
            return false;
        }
        m_bytesTotal += in.size();
        qint64 first = 0;
        QByteArrayView line;
        for (;;) {
            const InputFile::Result r = in.readLine(&line, &message);
            if (r == InputFile::Result::Error) {
                *error = {file, in.lineNumber() + 1, 0, message};
                return false;
            }
            if (r == InputFile::Result::End)
                break;
            if (line.isEmpty())
                continue;
            LogFormat::Values v;
            qsizetype column = 0;
            if (!m_format.split(line, &v, &column, &message)) {
                *error = {file, in.lineNumber(), column, message};
                return false;
            }
            ImportError timeError;
            first = timeOf(v, line, &timeError);
            if (first < 0) {
                *error = timeError;
                error->file = file;
                error->line = in.lineNumber();
                return false;
            }
            break;
        }
        firsts.append({first, file});
    }
    std::stable_sort(firsts.begin(), firsts.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    m_files.clear();
    for (const auto &f : std::as_const(firsts))
        m_files.append(f.second);
    m_current = -1;
    m_bytesDone = 0;
    return true;
}

qint64 AccessLogReader::bytesRead() const
{
    return m_bytesDone + (m_current >= 0 && m_current < m_files.size() ? m_input.bytesRead() : 0);
}

qint64 AccessLogReader::timeOf(const LogFormat::Values &v, QByteArrayView line,
                               ImportError *error) const
{
    qint64 ms = -1;
    QByteArrayView field;
    if (!v.timeLocal.isNull()) {
        field = v.timeLocal;
        ms = parseTimeLocal(field);
    } else if (!v.timeIso8601.isNull()) {
        field = v.timeIso8601;
        ms = parseTimeIso8601(field);
    } else {
        field = v.msec;
        bool ok = false;
        const double secs = field.toByteArray().toDouble(&ok);
        ms = ok && secs > 0 ? qint64(secs * 1000) : -1;
    }
    if (ms < 0)
        *error = {QString(), 0, columnOf(field, line),
                  tr("not a time: '%1'").arg(QString::fromUtf8(field.toByteArray()))};
    return ms;
}

bool AccessLogReader::toHit(QByteArrayView line, Hit *hit, QString *skipReason, ImportError *error)
{
    LogFormat::Values v;
    qsizetype column = 0;
    QString message;
    if (!m_format.split(line, &v, &column, &message)) {
        *error = {QString(), 0, column, message};
        return false;
    }
    const qint64 ms = timeOf(v, line, error);
    if (ms < 0)
        return false;
    bool ok = false;
    const int status = v.status.isNull() ? 200 : v.status.toByteArray().toInt(&ok);
    if (!v.status.isNull() && (!ok || status < 100 || status > 599)) {
        *error = {QString(), 0, columnOf(v.status, line),
                  tr("not an HTTP status: '%1'").arg(QString::fromUtf8(v.status.toByteArray()))};
        return false;
    }
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        *skipReason = QStringLiteral("redirect");
        return false;
    }
    if (!((status >= 200 && status < 300) || status == 304)) {
        *skipReason = QStringLiteral("status");
        return false;
    }
    QByteArrayView method = v.method, target = v.uri;
    if (!v.request.isNull()) {
        // "GET /path?q HTTP/1.1"; a scanner's junk (already a 400 as a rule) has no target.
        const qsizetype sp1 = v.request.indexOf(' ');
        const qsizetype sp2 = sp1 < 0 ? -1 : v.request.indexOf(' ', sp1 + 1);
        if (sp1 < 0) {
            *skipReason = QStringLiteral("bad_request");
            return false;
        }
        method = v.request.first(sp1);
        target = sp2 < 0 ? v.request.sliced(sp1 + 1) : v.request.sliced(sp1 + 1, sp2 - sp1 - 1);
    }
    if (!method.isNull() && method != "GET") {
        *skipReason = QStringLiteral("method");
        return false;
    }
    if (isStaticAsset(target)) {
        *skipReason = QStringLiteral("static");
        return false;
    }
    QByteArray url;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        url = target.toByteArray(); // absolute-form (a proxy's log)
    } else if (target.startsWith('/')) {
        const QByteArrayView host
            = v.host.isEmpty() || v.host == "-" ? QByteArrayView(m_defaultHost) : v.host;
        const QByteArrayView scheme = v.scheme.isEmpty() ? QByteArrayView("https") : v.scheme;
        url = scheme.toByteArray() + "://" + host.toByteArray() + target.toByteArray();
    } else {
        *skipReason = QStringLiteral("bad_request");
        return false;
    }
    *hit = Hit();
    hit->kind = EventKind::Pageview;
    hit->timestampMs = ms;
    hit->url = QString::fromUtf8(url);
    if (!v.referer.isEmpty() && v.referer != "-")
        hit->referrer = QString::fromUtf8(v.referer.toByteArray());
    if (v.userAgent != "-")
        hit->userAgent = v.userAgent.toByteArray();
    hit->ip = parseAddress(v.remoteAddr);
    return true;
}

HitReader::Result AccessLogReader::next(Hit *hit, ImportError *error)
{
    for (;;) {
        if (m_current >= m_files.size())
            return Result::End;
        QString message;
        if (m_current < 0 || m_input.path().isEmpty()) {
            m_current = qMax<qsizetype>(m_current, 0);
            if (m_current >= m_files.size())
                return Result::End;
            if (!m_input.open(m_files.at(m_current), &message)) {
                *error = {m_files.at(m_current), 0, 0, message};
                return Result::Error;
            }
        }
        const InputFile::Result r = m_input.readLine(&m_line, &message);
        if (r == InputFile::Result::Error) {
            *error = {m_input.path(), m_input.lineNumber() + 1, 0, message};
            return Result::Error;
        }
        if (r == InputFile::Result::End) {
            m_bytesDone += m_input.size();
            m_input.close();
            m_input.clearPath();
            ++m_current;
            continue;
        }
        if (m_line.isEmpty())
            continue;
        ++m_rows;
        QString skip;
        if (toHit(m_line, hit, &skip, error))
            return Result::Hit;
        if (!skip.isEmpty()) {
            m_skipped[skip] += 1;
            continue;
        }
        error->file = m_input.path();
        error->line = m_input.lineNumber();
        return Result::Error;
    }
}

} // namespace raycstr
