#pragma once

#include <QFile>
#include <QHash>
#include <QList>
#include <QReadWriteLock>
#include <QString>
#include <QTimeZone>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace raycstr {

class SqliteDb;
class Statement;

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

    // An IANA time zone id the store accepts for a site ("UTC", "Europe/Berlin"); false
    // with the reason otherwise. The one check of a site's zone (add, setTimeZone, the API).
    static bool checkTimeZone(const QString &timeZone, QString *error);

    std::optional<Site> add(const QString &domain, const QString &timeZone, qint64 nowSecs,
                            QString *error);
    // Moves the site's day boundary: every report reads the zone when it runs, so the
    // change counts from the next question. Days already counted keep their daily rollups
    // (summed in the old zone's days; raw events keep their UTC instants).
    std::optional<Site> setTimeZone(const QString &domain, const QString &timeZone,
                                    QString *error);
    QList<Site> list() const;
    std::optional<Site> find(const QString &domain) const;
    // Deletes the site with all its events, rollups and aliases, and whatever older
    // versions left under ids no site holds; returns the number of the site's raw events
    // deleted, or -1 (with error) when there is no such site.
    qint64 remove(const QString &domain, QString *error);

    // Aliases: names other trackers use for a site (Umami's website id, the host a
    // GoatCounter script posts to). Letters, digits, '.', '_', '-'; case-insensitive. An
    // alias names one site and is never also a tracked domain, so a lookup cannot be
    // ambiguous.
    static bool normalizeAlias(const QString &input, QString *alias, QString *error);
    bool addAlias(const QString &domain, const QString &alias, qint64 nowSecs, QString *error);
    bool removeAlias(const QString &alias, QString *error);
    QStringList aliases(qint32 siteId) const;

private:
    bool removeOrphans();

    SqliteDb *m_db;
};

// What the collector needs on every request: domain (or alias) → site id, from memory.
// Thread-safe. Sites are added, aliased and removed by other processes too
// (`raycstr-server site …` beside a running server), and a change must count from the
// server's next request. Asking SQLite on every lookup costs ~5 µs of CPU (a read
// transaction takes two file locks), a third of what a hit costs in all. So SiteRepository
// writes a fresh random stamp into a small file beside the database after each change it
// commits, and a lookup reads those 8 bytes (one read, no lock); only when they moved does
// it read the database's site_directory_version (bumped by triggers on sites and aliases)
// and reload. As a safety net for changes made behind RayCstr's back (plain SQL, a
// restored backup), the version is also read at most once a second. Unknown names cause
// no reloads: a flood of hits for a site nobody added does not touch the disk.
class SiteDirectory
{
public:
    explicit SiteDirectory(QString databasePath);
    ~SiteDirectory();

    // The stamp file beside the database, and the writers' side of it: SiteRepository
    // calls it after each change; a caller that wraps changes in its own transaction calls
    // it again after its commit. Best effort: the once-a-second check is the fallback.
    static QString stampPath(const QString &databasePath);
    static void stampChange(const QString &databasePath);

    bool reload(QString *error = nullptr);
    // Reloads when the database's directory changed since the last load. Called by the
    // lookups; cheap (one indexed read of one row on a connection kept open).
    void refreshIfChanged();
    // 0 when unknown. `nowMs` is unused since lookups no longer wait for a time-based
    // reload; kept so callers need not change.
    qint32 idForDomain(const QString &domain, qint64 nowMs);
    qint32 idForAlias(const QString &alias, qint64 nowMs);
    QTimeZone timeZone(qint32 siteId) const;
    QString domain(qint32 siteId) const; // empty when unknown
    QList<Site> sites() const;
    quint64 generation() const { return m_generation.load(); }

private:
    using Names = QHash<QString, qint32>;
    qint32 lookup(const Names SiteDirectory::*names, const QString &name);
    bool openLocked(QString *error);
    bool reloadLocked(QString *error);
    qint64 versionLocked();

    QString m_path;
    // The connection and what was read from it: used under m_dbMutex only.
    std::mutex m_dbMutex;
    std::unique_ptr<SqliteDb> m_db;
    std::unique_ptr<Statement> m_versionQuery;
    qint64 m_loadedVersion = -1;
    QFile m_stamp;
    QByteArray m_stampSeen;
    qint64 m_lastVersionCheckMs = 0; // steady clock

    mutable QReadWriteLock m_lock;
    Names m_byDomain;
    Names m_byAlias; // lower case
    QHash<qint32, Site> m_byId;
    std::atomic<quint64> m_generation {0};
};

} // namespace raycstr
