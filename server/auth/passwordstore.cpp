#include "auth/passwordstore.h"

#include "auth/authlogging.h"
#include "auth/secret.h"
#include "core/clock.h"
#include "store/database.h"

#include <QCoreApplication>
#include <sodium.h>

namespace raycstr::auth {

namespace {

const char *const AdminName = "admin";

} // namespace

PasswordStore::PasswordStore(const Clock *clock)
    : m_clock(clock)
{
    Secret::initialize();
}

PasswordStore::~PasswordStore() = default;

bool PasswordStore::open(const QString &dataDir, QString *error)
{
    QMutexLocker lock(&m_mutex);
    m_db.close();
    return Database::open(&m_db, dataDir, error);
}

bool PasswordStore::checkPassword(const QByteArray &password, QString *error)
{
    // Counted in characters, not bytes: "10 characters" is what people read.
    const qsizetype length = QString::fromUtf8(password).toUcs4().size();
    if (length < MinLength) {
        *error = QCoreApplication::translate("raycstr::auth::PasswordStore",
                                             "the password must have at least %1 characters")
                     .arg(MinLength);
        return false;
    }
    if (password.size() > MaxLength) {
        *error = QCoreApplication::translate("raycstr::auth::PasswordStore",
                                             "the password must have at most %1 bytes")
                     .arg(MaxLength);
        return false;
    }
    return true;
}

bool PasswordStore::hasPassword() const
{
    QMutexLocker lock(&m_mutex);
    Statement st(m_db, "SELECT 1 FROM users WHERE name = ?");
    st.bind(1, QByteArray(AdminName));
    return st.next();
}

bool PasswordStore::store(const QByteArray &password, QString *error)
{
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password.constData(), quint64(password.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        *error = QCoreApplication::translate("raycstr::auth::PasswordStore",
                                             "out of memory while hashing the password");
        return false;
    }
    QMutexLocker lock(&m_mutex);
    Statement st(m_db,
                 "INSERT INTO users (name, password_hash, updated_at) VALUES (?, ?, ?) "
                 "ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash, "
                 "updated_at = excluded.updated_at");
    st.bind(1, QByteArray(AdminName)).bind(2, QByteArray(hash)).bind(3, m_clock->nowSecs());
    if (!st.run()) {
        *error = QCoreApplication::translate("raycstr::auth::PasswordStore",
                                             "cannot store the password: %1")
                     .arg(st.error());
        return false;
    }
    qCDebug(lcAuth, "admin password changed");
    return true;
}

bool PasswordStore::setPassword(const QByteArray &password, QString *error)
{
    return checkPassword(password, error) && store(password, error);
}

bool PasswordStore::verify(const QByteArray &password) const
{
    if (password.isEmpty() || password.size() > MaxLength)
        return false;
    QByteArray hash;
    {
        QMutexLocker lock(&m_mutex);
        Statement st(m_db, "SELECT password_hash FROM users WHERE name = ?");
        st.bind(1, QByteArray(AdminName));
        if (!st.next())
            return false;
        hash = st.blob(0);
    }
    // The hash runs outside the lock: it is the slow part, and needs no database.
    return crypto_pwhash_str_verify(hash.constData(), password.constData(),
                                    quint64(password.size()))
        == 0;
}

std::optional<QByteArray> PasswordStore::ensurePassword(QString *error)
{
    error->clear();
    if (hasPassword())
        return std::nullopt;
    QByteArray password = Secret::generatePassword();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password.constData(), quint64(password.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        *error = QCoreApplication::translate("raycstr::auth::PasswordStore",
                                             "out of memory while hashing the password");
        return std::nullopt;
    }
    QMutexLocker lock(&m_mutex);
    // DO NOTHING: if `user set-password` (another process) got there first, its password
    // stands and ours is never shown.
    Statement st(m_db,
                 "INSERT INTO users (name, password_hash, updated_at) VALUES (?, ?, ?) "
                 "ON CONFLICT (name) DO NOTHING");
    st.bind(1, QByteArray(AdminName)).bind(2, QByteArray(hash)).bind(3, m_clock->nowSecs());
    if (!st.run()) {
        *error = QCoreApplication::translate("raycstr::auth::PasswordStore",
                                             "cannot store the password: %1")
                     .arg(st.error());
        return std::nullopt;
    }
    if (m_db.changes() == 0)
        return std::nullopt;
    qCDebug(lcAuth, "admin password generated");
    return password;
}

} // namespace raycstr::auth
