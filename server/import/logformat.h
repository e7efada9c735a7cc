#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace raycstr {

// An access-log line format in nginx's `log_format` syntax: literal text and $variables
// ($remote_addr, $time_local, $request, $status, $http_referer, $http_user_agent, $host, …,
// also written ${name}). A line is split by looking for the literal that follows each
// variable, so two variables need some text between them. Apache's "combined" and "common"
// LogFormats write exactly nginx's, so the two presets cover both servers.
class LogFormat
{
public:
    // The fields the importer uses; every other variable is read and ignored.
    enum class Field : quint8 {
        Ignored,
        RemoteAddr, // $remote_addr, $http_x_forwarded_for (first address), $binary… no
        TimeLocal, // 10/Oct/2000:13:55:36 -0700
        TimeIso8601, // 2000-10-10T13:55:36-07:00
        Msec, // 971211336.123
        Request, // GET /path?q HTTP/1.1
        Method, // $request_method
        Uri, // $request_uri (with the query)
        Status,
        Referer,
        UserAgent,
        Host, // $host, $http_host, $server_name
        Scheme,
    };

    static QString combined();
    static QString common();

    // False with a message (and the 1-based column in the format) for a format the line
    // splitter cannot follow: no time, no request/URI, two variables side by side.
    bool parse(const QString &format, QString *error, qsizetype *column = nullptr);

    struct Values
    {
        QByteArrayView remoteAddr, timeLocal, timeIso8601, msec, request, method, uri, status,
            referer, userAgent, host, scheme;
    };
    // Splits one line (views into `line`). False: `column` (1-based, in the line) is where
    // the line stops matching the format, with a message.
    bool split(QByteArrayView line, Values *out, qsizetype *column, QString *error) const;

    bool hasHost() const { return m_hasHost; }

private:
    struct Part
    {
        QByteArray literal; // text before the variable (may be empty for the first)
        Field field = Field::Ignored;
        bool isVariable = false;
    };
    QList<Part> m_parts; // literal, variable, literal, variable, …, final literal
    bool m_hasHost = false;
};

// "10/Oct/2000:13:55:36 -0700" → ms since the epoch; -1 when malformed.
qint64 parseTimeLocal(QByteArrayView text);
// "2000-10-10T13:55:36-07:00" (or Z, or +0000) → ms since the epoch; -1 when malformed.
qint64 parseTimeIso8601(QByteArrayView text);

} // namespace raycstr
