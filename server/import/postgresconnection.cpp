#include "import/postgresconnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <utility>
#include <vector>

namespace raycstr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("raycstr::PostgresConnection", text);
}

// libpq's messages end with a newline and may span lines ("connection to server … failed:
// FATAL: …"): one line for the CLI.
QString oneLine(const char *message)
{
    return QString::fromUtf8(message).simplified();
}

} // namespace

PostgresResult::~PostgresResult()
{
    if (m_result)
        PQclear(m_result);
}

PostgresResult::PostgresResult(PostgresResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{ }

PostgresResult &PostgresResult::operator=(PostgresResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PostgresResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PostgresResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QByteArrayView PostgresResult::bytes(int row, int column) const
{
    if (!m_result)
        return {};
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

PostgresConnection::~PostgresConnection()
{
    if (m_conn)
        PQfinish(m_conn); // the read-only transaction ends with the connection
}

bool PostgresConnection::open(const QString &conninfo, const QString &applicationName,
                              QString *error)
{
    const QByteArray info = conninfo.toUtf8();
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(info.constData(), &parseError);
    if (!options) {
        *error = tr("not a PostgreSQL connection string (postgres://USER@HOST:PORT/DATABASE): %1")
                     .arg(parseError ? oneLine(parseError) : tr("out of memory"));
        PQfreemem(parseError);
        return false;
    }
    QString user, host, port, database;
    bool hasPassword = false;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        const QByteArrayView key(o->keyword);
        const QString value = o->val ? QString::fromUtf8(o->val) : QString();
        if (key == "password")
            hasPassword = o->val != nullptr;
        else if (key == "user")
            user = value;
        else if (key == "host")
            host = value;
        else if (key == "port")
            port = value;
        else if (key == "dbname")
            database = value;
    }
    PQconninfoFree(options);
    m_shown = QStringLiteral("postgres://%1%2%3/%4")
                  .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'),
                       host.isEmpty() ? QStringLiteral("localhost") : host,
                       port.isEmpty() ? QString() : QLatin1Char(':') + port, database);
    if (hasPassword) {
        // Command lines end up in shell history and in every user's `ps`.
        *error = tr("the connection string holds a password: leave it out and set PGPASSWORD, "
                    "or put it in ~/.pgpass (mode 0600) or a file named by PGPASSFILE");
        return false;
    }

    // Defaults first: what the connection string says wins (libpq takes the last value).
    const QByteArray app = applicationName.toUtf8();
    const char *keywords[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char *values[] = {"15", app.constData(), info.constData(), nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        QString why = m_conn ? lastError() : tr("out of memory");
        if (why.contains(QLatin1String("no password supplied")))
            why += tr(" (set PGPASSWORD, or put the password in ~/.pgpass, mode 0600)");
        *error = tr("cannot connect to %1: %2").arg(m_shown, why);
        return false;
    }
    // One snapshot for the whole read, and no way to write: the source stays as it was.
    // Times as UTC, whatever the server's or the role's time zone.
    return exec(QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                error)
        && exec(QStringLiteral("SET LOCAL TIME ZONE 'UTC'"), error);
}

QString PostgresConnection::lastError() const
{
    return oneLine(PQerrorMessage(m_conn));
}

PostgresResult PostgresConnection::query(const QString &sql, const QStringList &params,
                                         QString *error)
{
    error->clear();
    if (!m_conn) {
        *error = tr("not connected");
        return {};
    }
    std::vector<QByteArray> bytes;
    std::vector<const char *> values;
    bytes.reserve(size_t(params.size()));
    for (const QString &p : params) {
        bytes.push_back(p.toUtf8());
        values.push_back(bytes.back().constData());
    }
    PGresult *result = PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr,
                                    values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        *error = result ? oneLine(PQresultErrorMessage(result)) : lastError();
        if (error->isEmpty())
            *error = tr("the server did not answer");
        if (result)
            PQclear(result);
        return {};
    }
    return PostgresResult(result);
}

bool PostgresConnection::exec(const QString &sql, QString *error)
{
    query(sql, {}, error);
    return error->isEmpty();
}

} // namespace raycstr
