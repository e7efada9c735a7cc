#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

struct pg_conn;
struct pg_result;

namespace raycstr {

// One result of a PostgreSQL query (libpq's PGresult, freed with this object). Values are
// read as the server's text forms.
class PostgresResult
{
public:
    PostgresResult() = default;
    explicit PostgresResult(pg_result *result)
        : m_result(result)
    { }
    ~PostgresResult();
    PostgresResult(PostgresResult &&other) noexcept;
    PostgresResult &operator=(PostgresResult &&other) noexcept;
    PostgresResult(const PostgresResult &) = delete;
    PostgresResult &operator=(const PostgresResult &) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    QByteArrayView bytes(int row, int column) const;
    QString text(int row, int column) const { return QString::fromUtf8(bytes(row, column)); }

private:
    pg_result *m_result = nullptr;
};

// A client connection to PostgreSQL through libpq, for reading another program's database
// (an import's source). Only ever reads: open() starts a READ ONLY transaction, so a
// mistaken statement cannot change the source, whatever the role may do.
//
// The password never comes from the command line: `conninfo` (a postgres:// URL or
// key=value words) must not hold one; libpq takes it from PGPASSWORD, PGPASSFILE or
// ~/.pgpass (a file it ignores unless it is private to the user, mode 0600). shown() is the
// connection as it may be printed and recorded: user, host, port and database only.
class PostgresConnection
{
public:
    PostgresConnection() = default;
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    // Connects and begins the read-only transaction (one snapshot for the whole read);
    // false with what went wrong, naming shown(). `applicationName` is what the server's
    // pg_stat_activity shows.
    bool open(const QString &conninfo, const QString &applicationName, QString *error);
    QString shown() const { return m_shown; }

    // A statement with text parameters ($1, $2…); an empty result and `*error` on failure.
    PostgresResult query(const QString &sql, const QStringList &params, QString *error);
    bool exec(const QString &sql, QString *error);

private:
    QString lastError() const;

    pg_conn *m_conn = nullptr;
    QString m_shown;
};

} // namespace raycstr
