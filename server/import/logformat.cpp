#include "import/logformat.h"

#include <QCoreApplication>
#include <QHash>

namespace raycstr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("raycstr::LogFormat", text);
}

LogFormat::Field fieldOf(const QByteArray &name)
{
    using F = LogFormat::Field;
    static const QHash<QByteArray, F> fields {
        {"remote_addr", F::RemoteAddr},
        {"http_x_forwarded_for", F::RemoteAddr},
        {"time_local", F::TimeLocal},
        {"time_iso8601", F::TimeIso8601},
        {"msec", F::Msec},
        {"request", F::Request},
        {"request_method", F::Method},
        {"request_uri", F::Uri},
        {"status", F::Status},
        {"http_referer", F::Referer},
        {"http_user_agent", F::UserAgent},
        {"host", F::Host},
        {"http_host", F::Host},
        {"server_name", F::Host},
        {"scheme", F::Scheme},
    };
    return fields.value(name, F::Ignored);
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

int digits(QByteArrayView s, qsizetype at, int n)
{
    if (at + n > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s.at(at + i);
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

qint64 toMs(int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
{
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return -1;
    const qint64 secs
        = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - qint64(offsetMinutes) * 60;
    return secs * 1000;
}

// "+0200", "-07:00", "Z" → minutes; false when malformed.
bool parseOffset(QByteArrayView s, int *minutes)
{
    if (s == "Z") {
        *minutes = 0;
        return true;
    }
    if (s.size() < 5 || (s.at(0) != '+' && s.at(0) != '-'))
        return false;
    const int h = digits(s, 1, 2);
    const int m = digits(s, s.at(3) == ':' ? 4 : 3, 2);
    if (h < 0 || m < 0 || s.size() != (s.at(3) == ':' ? 6 : 5))
        return false;
    *minutes = (h * 60 + m) * (s.at(0) == '-' ? -1 : 1);
    return true;
}

} // namespace

QString LogFormat::combined()
{
    return QStringLiteral("$remote_addr - $remote_user [$time_local] \"$request\" $status "
                          "$body_bytes_sent \"$http_referer\" \"$http_user_agent\"");
}

QString LogFormat::common()
{
    return QStringLiteral(
        "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent");
}

bool LogFormat::parse(const QString &format, QString *error, qsizetype *column)
{
    m_parts.clear();
    m_hasHost = false;
    const QByteArray f = format.toUtf8();
    Part part;
    bool time = false, target = false;
    auto fail = [&](qsizetype at, const QString &message) {
        *error = message;
        if (column)
            *column = at + 1;
        m_parts.clear();
        return false;
    };
    for (qsizetype i = 0; i < f.size();) {
        if (f.at(i) != '$') {
            part.literal.append(f.at(i++));
            continue;
        }
        const qsizetype start = i++;
        const bool braced = i < f.size() && f.at(i) == '{';
        if (braced)
            ++i;
        const qsizetype nameStart = i;
        while (i < f.size() && isNameChar(f.at(i)))
            ++i;
        const QByteArray name = f.mid(nameStart, i - nameStart);
        if (braced) {
            if (i >= f.size() || f.at(i) != '}')
                return fail(start, tr("'${' without a closing '}'"));
            ++i;
        }
        if (name.isEmpty())
            return fail(start, tr("'$' without a variable name"));
        if (!m_parts.isEmpty() && m_parts.last().isVariable && part.literal.isEmpty())
            return fail(start, tr("two variables side by side: put some text between them"));
        part.field = fieldOf(name);
        part.isVariable = true;
        time = time || part.field == Field::TimeLocal || part.field == Field::TimeIso8601
            || part.field == Field::Msec;
        target = target || part.field == Field::Request || part.field == Field::Uri;
        m_hasHost = m_hasHost || part.field == Field::Host;
        m_parts.append(part);
        part = Part();
    }
    m_parts.append(part); // the final literal (maybe empty)
    if (!time)
        return fail(0, tr("the format has no time ($time_local, $time_iso8601 or $msec)"));
    if (!target)
        return fail(0, tr("the format has no request ($request or $request_uri)"));
    return true;
}

bool LogFormat::split(QByteArrayView line, Values *out, qsizetype *column, QString *error) const
{
    *out = Values();
    qsizetype pos = 0;
    for (qsizetype p = 0; p < m_parts.size(); ++p) {
        const Part &part = m_parts.at(p);
        if (!line.sliced(pos).startsWith(part.literal)) {
            *column = pos + 1;
            *error = tr("expected '%1' here (does --log-format match the file?)")
                         .arg(QString::fromUtf8(part.literal));
            return false;
        }
        pos += part.literal.size();
        if (!part.isVariable) {
            if (pos != line.size()) {
                *column = pos + 1;
                *error = tr("unexpected text after the last field");
                return false;
            }
            return true;
        }
        // The value runs up to the next part's literal (to the end for a last variable).
        const QByteArray &next = m_parts.at(p + 1).literal;
        qsizetype end;
        if (next.isEmpty()) {
            end = line.size();
        } else {
            end = line.indexOf(QByteArrayView(next), pos);
            // nginx escapes '"' inside values as \x22, Apache as \": step over \" .
            while (end > pos && line.at(end - 1) == '\\' && next.startsWith('"'))
                end = line.indexOf(QByteArrayView(next), end + 1);
            if (end < 0) {
                *column = pos + 1;
                *error = tr("expected '%1' after this field").arg(QString::fromUtf8(next));
                return false;
            }
        }
        const QByteArrayView value = line.sliced(pos, end - pos);
        switch (part.field) {
        case Field::RemoteAddr: {
            const qsizetype comma = value.indexOf(',');
            out->remoteAddr = comma >= 0 ? value.first(comma) : value;
            break;
        }
        case Field::TimeLocal:
            out->timeLocal = value;
            break;
        case Field::TimeIso8601:
            out->timeIso8601 = value;
            break;
        case Field::Msec:
            out->msec = value;
            break;
        case Field::Request:
            out->request = value;
            break;
        case Field::Method:
            out->method = value;
            break;
        case Field::Uri:
            out->uri = value;
            break;
        case Field::Status:
            out->status = value;
            break;
        case Field::Referer:
            out->referer = value;
            break;
        case Field::UserAgent:
            out->userAgent = value;
            break;
        case Field::Host:
            out->host = value;
            break;
        case Field::Scheme:
            out->scheme = value;
            break;
        case Field::Ignored:
            break;
        }
        pos = end;
    }
    return true;
}

qint64 parseTimeLocal(QByteArrayView s)
{
    // dd/Mon/yyyy:HH:MM:SS +zzzz
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (s.size() != 26 || s.at(2) != '/' || s.at(6) != '/' || s.at(11) != ':' || s.at(14) != ':'
        || s.at(17) != ':' || s.at(20) != ' ')
        return -1;
    const int d = digits(s, 0, 2), y = digits(s, 7, 4), h = digits(s, 12, 2), mi = digits(s, 15, 2),
              sec = digits(s, 18, 2);
    int mo = 0;
    for (int i = 0; i < 12; ++i) {
        if (s.sliced(3, 3) == QByteArrayView(months + 3 * i, 3))
            mo = i + 1;
    }
    int offset = 0;
    if (d < 0 || y < 0 || h < 0 || mi < 0 || sec < 0 || mo == 0
        || !parseOffset(s.sliced(21), &offset))
        return -1;
    return toMs(y, mo, d, h, mi, sec, offset);
}

qint64 parseTimeIso8601(QByteArrayView s)
{
    // yyyy-mm-ddTHH:MM:SS[.fff](Z|±hh:mm|±hhmm)
    if (s.size() < 20 || s.at(4) != '-' || s.at(7) != '-' || (s.at(10) != 'T' && s.at(10) != ' ')
        || s.at(13) != ':' || s.at(16) != ':')
        return -1;
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2), h = digits(s, 11, 2),
              mi = digits(s, 14, 2), sec = digits(s, 17, 2);
    qsizetype at = 19;
    int ms = 0;
    if (s.at(at) == '.') {
        ++at;
        int scale = 100;
        while (at < s.size() && s.at(at) >= '0' && s.at(at) <= '9') {
            ms += (s.at(at) - '0') * scale;
            scale /= 10;
            ++at;
        }
    }
    int offset = 0;
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0
        || !parseOffset(s.sliced(at), &offset))
        return -1;
    const qint64 base = toMs(y, mo, d, h, mi, sec, offset);
    return base < 0 ? -1 : base + ms;
}

} // namespace raycstr
