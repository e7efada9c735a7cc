#pragma once

#include "store/sqlitedb.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <optional>

namespace raycstr {
class Clock;
}

namespace raycstr::auth {

// The dashboard's admin password, kept as an Argon2id string (crypto_pwhash_str: salt and
// cost travel inside it, so older hashes keep verifying if the cost changes).
//
// Cost: libsodium's INTERACTIVE limits (2 passes over 64 MiB, ~50-100 ms here). Logins
// are hashed off the HTTP thread, at most two at once (AuthApi), and RayCstr is meant for
// small servers: MODERATE (256 MiB, ~0.7 s) per attempt would take two cores for seconds
// and could exhaust a 512 MB VPS. Guessing stays slow for an attacker anyway: online, failed
// logins are rate-limited (loginratelimiter.h); offline, a 64 MiB memory-hard hash per
// guess with a password of at least 10 characters.
//
// Thread-safe: one connection of its own behind a mutex.
class PasswordStore
{
public:
    static constexpr int MinLength = 10;
    static constexpr int MaxLength = 1024;

    explicit PasswordStore(const Clock *clock);
    ~PasswordStore();

    // Opens (and migrates) the data directory's database on a connection of its own.
    bool open(const QString &dataDir, QString *error);

    bool hasPassword() const;
    // Checks the length rules, hashes and stores. The caller should end existing sessions.
    bool setPassword(const QByteArray &password, QString *error);
    // False when wrong or when no password is set. Constant-time in the password.
    bool verify(const QByteArray &password) const;
    // First start: when no password exists, sets a random one and returns it (to show
    // once); nullopt when one already exists (or, with error set, when it failed).
    std::optional<QByteArray> ensurePassword(QString *error);

    // The length rules alone (for the CLI to ask again before hashing).
    static bool checkPassword(const QByteArray &password, QString *error);

private:
    bool store(const QByteArray &password, QString *error);

    const Clock *m_clock;
    mutable QMutex m_mutex;
    SqliteDb m_db;
};

} // namespace raycstr::auth
