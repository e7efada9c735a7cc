#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace raycstr {

// A thin RAII layer over the sqlite3 C API: QtSql's per-row QVariant boxing costs more than
// the inserts themselves at the rates the writer runs at.
class SqliteDb
{
public:
    // How long a statement waits for another connection's lock before giving up.
    static constexpr int BusyTimeoutMs = 10000;

    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    enum class Mode { ReadWrite, ReadOnly };
    bool open(const QString &path, Mode mode, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    bool exec(const char *sql, QString *error = nullptr);
    bool exec(const QByteArray &sql, QString *error = nullptr)
    {
        return exec(sql.constData(), error);
    }
    // PRAGMA wal_checkpoint(TRUNCATE): copies every WAL frame into the database file and
    // cuts the WAL to 0 bytes, so no older version of any page survives in it. Waits at
    // most `busyTimeoutMs` for readers on older snapshots; false (with why) if they stayed.
    bool checkpointAndTruncateWal(int busyTimeoutMs, QString *error = nullptr);

    QString lastError() const;
    // Whether the last failed exec() met a damaged file (SQLITE_CORRUPT or SQLITE_NOTADB):
    // the caller then names the file and the way out instead of passing SQLite's words on.
    bool lastFailureWasDamage() const { return m_lastFailureWasDamage; }
    qint64 lastInsertId() const;
    int changes() const;
    // SQLite calls `handler(context)` every `ops` virtual-machine steps of a statement; a
    // non-zero return interrupts it (SQLITE_INTERRUPT). nullptr removes it. Readers use it
    // as a time budget.
    void setProgressHandler(int ops, int (*handler)(void *), void *context);

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_lastFailureWasDamage = false;
};

class Statement
{
public:
    Statement() = default;
    Statement(const SqliteDb &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept
        : m_stmt(other.m_stmt)
        , m_db(other.m_db)
    {
        other.m_stmt = nullptr;
    }
    Statement &operator=(Statement &&other) noexcept;

    bool prepare(const SqliteDb &db, const char *sql, QString *error = nullptr);
    bool isValid() const { return m_stmt != nullptr; }

    // Binding is 1-based, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &utf8OrBlob, bool blob = false);
    Statement &bindNull(int index);
    // Binds NULL for 0: ids use NULL for "none" (it costs no bytes in the record).
    Statement &bindIdOrNull(int index, qint64 id) { return id ? bind(index, id) : bindNull(index); }

    // SQLITE_ROW → true; SQLITE_DONE → false (ok() tells whether it was an error).
    bool next();
    // Runs to completion; returns false on error.
    bool run();
    void reset();
    bool ok() const { return m_lastRc == 0 || m_lastRc == 100 || m_lastRc == 101; }
    QString error() const;

    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    bool isNull(int col) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    int m_lastRc = 0;
};

// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() succeeded. Inside another
// transaction it is a savepoint, so a unit that writes in its own transaction (the event
// store's batch) can be part of a larger all-or-nothing one (an import's day).
class Transaction
{
public:
    explicit Transaction(SqliteDb &db);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);

private:
    SqliteDb &m_db;
    bool m_active = false;
    bool m_savepoint = false;
};

} // namespace raycstr
