#include "store/sqlitedb.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace raycstr {

SqliteDb::~SqliteDb()
{
    close();
}

bool SqliteDb::open(const QString &path, Mode mode, QString *error)
{
    close();
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX; // each connection is used by one thread at a time
    const QByteArray p = path.toUtf8();
    const int rc = sqlite3_open_v2(p.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QCoreApplication::translate("raycstr::SqliteDb", "cannot open database %1: %2")
                         .arg(path,
                              QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
        close();
        return false;
    }
    m_path = path;
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void SqliteDb::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteDb::exec(const char *sql, QString *error)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        const int primary = rc & 0xff;
        m_lastFailureWasDamage = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
        if (error)
            *error = QString::fromUtf8(msg ? msg : sqlite3_errstr(rc));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

bool SqliteDb::checkpointAndTruncateWal(int busyTimeoutMs, QString *error)
{
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    const int rc
        = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

QString SqliteDb::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("database not open");
}

qint64 SqliteDb::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDb::changes() const
{
    return sqlite3_changes(m_db);
}

void SqliteDb::setProgressHandler(int ops, int (*handler)(void *), void *context)
{
    if (m_db)
        sqlite3_progress_handler(m_db, handler ? ops : 0, handler, context);
}

Statement::Statement(const SqliteDb &db, const char *sql)
{
    prepare(db, sql);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_db = other.m_db;
        other.m_stmt = nullptr;
    }
    return *this;
}

bool Statement::prepare(const SqliteDb &db, const char *sql, QString *error)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db.handle();
    m_lastRc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_lastRc != SQLITE_OK) {
        const QString msg
            = QStringLiteral("%1 (in: %2)").arg(db.lastError(), QString::fromUtf8(sql));
        if (error)
            *error = msg;
        else
            qWarning("SQL prepare failed: %s", qPrintable(msg));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    return true;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &data, bool blob)
{
    if (blob)
        sqlite3_bind_blob(m_stmt, index, data.constData(), int(data.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_text(m_stmt, index, data.constData(), int(data.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    m_lastRc = sqlite3_step(m_stmt);
    return m_lastRc == SQLITE_ROW;
}

bool Statement::run()
{
    while (next()) { }
    const bool good = m_lastRc == SQLITE_DONE;
    sqlite3_reset(m_stmt);
    return good;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::error() const
{
    return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no statement");
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

Transaction::Transaction(SqliteDb &db)
    : m_db(db)
{
    m_savepoint = m_db.isOpen() && sqlite3_get_autocommit(m_db.handle()) == 0;
    m_active = m_db.exec(m_savepoint ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_savepoint)
        m_db.exec("ROLLBACK TO nested; RELEASE nested");
    else
        m_db.exec("ROLLBACK");
}

bool Transaction::commit(QString *error)
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_savepoint) {
        if (m_db.exec("RELEASE nested", error))
            return true;
        m_db.exec("ROLLBACK TO nested; RELEASE nested");
        return false;
    }
    if (!m_db.exec("COMMIT", error)) {
        m_db.exec("ROLLBACK");
        return false;
    }
    return true;
}

} // namespace raycstr
