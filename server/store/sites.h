#pragma once

#include <QHash>
#include <QList>
#include <QReadWriteLock>
#include <QString>
#include <QTimeZone>
#include <atomic>
#include <optional>

namespace raycstr {

class SqliteDb;

struct Site
{
    qint32 id = 0;
    QString domain; // as in data-domain="yoursite.com", lower case
    QString timeZone; // IANA id, decides where the site's day starts
    qint64 createdAt = 0;
};

// Sites in the database. Used by the CLI and the API, on their own connection.
class SiteRepository
{
public:
    explicit SiteRepository(SqliteDb *db)
        : m_db(db)
    { }

    // Lower-cases and checks a domain: host name characters only, no scheme or path.
    static bool normalizeDomain(const QString &input, QString *domain, QString *error);

    std::optional<Site> add(const QString &domain, const QString &timeZone, qint64 nowSecs,
                            QString *error);
    QList<Site> list() const;
    std::optional<Site> find(const QString &domain) const;
    // Deletes the site with all its events and rollups; returns the number of raw events
    // deleted, or -1 (with error) when there is no such site.
    qint64 remove(const QString &domain, QString *error);

private:
    SqliteDb *m_db;
};

// What the collector needs on every request: domain → site id, answered from memory.
// Thread-safe; reloads from the database when a domain is unknown (at most once a second,
// so a flood of hits for an unknown domain cannot hammer the disk), which picks up sites
// that `raycstr-server site add` created while the server runs.
class SiteDirectory
{
public:
    explicit SiteDirectory(QString databasePath);

    bool reload(QString *error = nullptr);
    // 0 when unknown.
    qint32 idForDomain(const QString &domain, qint64 nowMs);
    QTimeZone timeZone(qint32 siteId) const;
    QList<Site> sites() const;
    quint64 generation() const { return m_generation.load(); }

private:
    QString m_path;
    mutable QReadWriteLock m_lock;
    QHash<QString, qint32> m_byDomain;
    QHash<qint32, Site> m_byId;
    std::atomic<qint64> m_lastReloadMs {0};
    std::atomic<quint64> m_generation {0};
};

} // namespace raycstr
