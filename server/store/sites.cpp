#include "store/sites.h"

#include "store/eventkey.h"
#include "store/sqlitedb.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <chrono>

namespace raycstr {

bool SiteRepository::normalizeDomain(const QString &input, QString *domain, QString *error)
{
    const QString d = input.trimmed().toLower();
    static const QRegularExpression valid(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\\.[a-z0-9_]([a-z0-9_"
                       "-]{0,61}[a-z0-9_])?)*$"));
    if (d.isEmpty()) {
        *error = QCoreApplication::translate("raycstr::SiteRepository", "the domain is empty");
        return false;
    }
    if (d.contains(QLatin1String("://")) || d.contains(QLatin1Char('/'))) {
        *error = QCoreApplication::translate(
                     "raycstr::SiteRepository",
                     "'%1' is not a bare domain: give it without scheme or path, e.g. example.com")
                     .arg(input);
        return false;
    }
    if (!valid.match(d).hasMatch()) {
        *error = QCoreApplication::translate("raycstr::SiteRepository",
                                             "'%1' is not a valid domain name")
                     .arg(input);
        return false;
    }
    *domain = d;
    return true;
}

bool SiteRepository::checkTimeZone(const QString &tz, QString *error)
{
    // isTimeZoneIdAvailable, not isValid(): Qt also accepts POSIX TZ strings ("Nowhere"
    // parses as one), which are not what a user means by a time zone.
    if (tz == QLatin1String("UTC") || QTimeZone::isTimeZoneIdAvailable(tz.toUtf8()))
        return true;
    *error = QCoreApplication::translate(
                 "raycstr::SiteRepository",
                 "unknown time zone '%1' (use an IANA name such as Europe/Berlin)")
                 .arg(tz);
    return false;
}

std::optional<Site> SiteRepository::setTimeZone(const QString &domain, const QString &timeZone,
                                                QString *error)
{
    const QString tz = timeZone.trimmed();
    if (!checkTimeZone(tz, error))
        return std::nullopt;
    auto site = find(domain);
    if (!site) {
        *error = QCoreApplication::translate("raycstr::SiteRepository", "no site %1")
                     .arg(domain.trimmed().toLower());
        return std::nullopt;
    }
    Statement st(*m_db, "UPDATE sites SET timezone = ? WHERE id = ?");
    st.bind(1, tz).bind(2, qint64(site->id));
    if (!st.run()) {
        *error = st.error();
        return std::nullopt;
    }
    SiteDirectory::stampChange(m_db->path());
    site->timeZone = tz;
    return site;
}

std::optional<Site> SiteRepository::add(const QString &domainInput, const QString &timeZone,
                                        qint64 nowSecs, QString *error)
{
    QString domain;
    if (!normalizeDomain(domainInput, &domain, error))
        return std::nullopt;
    const QString tz = timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone;
    if (!checkTimeZone(tz, error))
        return std::nullopt;
    if (find(domain)) {
        *error = QCoreApplication::translate("raycstr::SiteRepository", "site %1 already exists")
                     .arg(domain);
        return std::nullopt;
    }
    if (Statement alias(*m_db, "SELECT 1 FROM site_aliases WHERE alias = ?");
        alias.bind(1, domain).next()) {
        *error = QCoreApplication::translate("raycstr::SiteRepository",
                                             "%1 is already an alias of another site")
                     .arg(domain);
        return std::nullopt;
    }
    Statement st(*m_db, "INSERT INTO sites(domain, timezone, created_at) VALUES(?, ?, ?)");
    st.bind(1, domain).bind(2, tz).bind(3, nowSecs);
    if (!st.run()) {
        *error = st.error();
        return std::nullopt;
    }
    Site site {qint32(m_db->lastInsertId()), domain, tz, nowSecs};
    SiteDirectory::stampChange(m_db->path());
    if (site.id > EventKey::MaxSite) {
        *error = QCoreApplication::translate("raycstr::SiteRepository", "too many sites");
        return std::nullopt;
    }
    return site;
}

QList<Site> SiteRepository::list() const
{
    QList<Site> out;
    Statement st(*m_db, "SELECT id, domain, timezone, created_at FROM sites ORDER BY domain");
    while (st.next())
        out.append({qint32(st.int64(0)), st.text(1), st.text(2), st.int64(3)});
    return out;
}

std::optional<Site> SiteRepository::find(const QString &domain) const
{
    Statement st(*m_db, "SELECT id, domain, timezone, created_at FROM sites WHERE domain = ?");
    st.bind(1, domain.trimmed().toLower());
    if (!st.next())
        return std::nullopt;
    return Site {qint32(st.int64(0)), st.text(1), st.text(2), st.int64(3)};
}

qint64 SiteRepository::remove(const QString &domainInput, QString *error)
{
    const auto site = find(domainInput);
    if (!site) {
        *error = QCoreApplication::translate("raycstr::SiteRepository", "no site %1")
                     .arg(domainInput.trimmed().toLower());
        return -1;
    }
    Transaction tx(*m_db);
    Statement del(*m_db, "DELETE FROM events WHERE id >= ? AND id < ?");
    del.bind(1, EventKey::siteBegin(site->id)).bind(2, EventKey::siteEnd(site->id));
    bool ok = del.run();
    const qint64 events = m_db->changes();
    for (const char *sql :
         {"DELETE FROM rollup_hourly WHERE site_id = ?",
          "DELETE FROM rollup_daily WHERE site_id = ?",
          "DELETE FROM rollup_vitals WHERE site_id = ?", "DELETE FROM dropped WHERE site_id = ?",
          "DELETE FROM site_aliases WHERE site_id = ?", "DELETE FROM import_days WHERE site_id = ?",
          "DELETE FROM imported_daily WHERE site_id = ?", "DELETE FROM imports WHERE site_id = ?",
          "DELETE FROM sites WHERE id = ?"}) {
        Statement st(*m_db, sql);
        st.bind(1, qint64(site->id));
        ok = ok && st.run();
    }
    ok = ok && removeOrphans();
    if (!ok || !tx.commit(error)) {
        if (error->isEmpty())
            *error = m_db->lastError();
        return -1;
    }
    SiteDirectory::stampChange(m_db->path());
    return events;
}

// Versions before migration 0006 kept writing a removed site's events, rollups and drop
// counts under its old id. Ids are never reused now, so rows under an id no site holds are
// such leftovers. Each table's key starts with the site id: a skip-scan finds the ids
// present in one seek per id, and each is then deleted as one key range, so the clean-up
// costs what it deletes, not a scan of the tables.
bool SiteRepository::removeOrphans()
{
    QList<qint64> orphans;
    Statement events(
        *m_db,
        "WITH RECURSIVE ids(s) AS ("
        " SELECT (SELECT min(id) FROM events) >> 46"
        " UNION ALL SELECT (SELECT min(id) FROM events WHERE id >= ((s + 1) << 46)) >> 46"
        " FROM ids WHERE s IS NOT NULL)"
        " SELECT s FROM ids WHERE s IS NOT NULL AND s NOT IN (SELECT id FROM sites)");
    while (events.next())
        orphans.append(events.int64(0));
    bool ok = true;
    for (const qint64 id : std::as_const(orphans)) {
        Statement del(*m_db, "DELETE FROM events WHERE id >= ? AND id < ?");
        del.bind(1, EventKey::siteBegin(qint32(id))).bind(2, EventKey::siteEnd(qint32(id)));
        ok = ok && del.run();
    }
    for (const char *table : {"rollup_hourly", "rollup_daily", "rollup_vitals", "dropped"}) {
        const QByteArray t(table);
        const QByteArray sql = "WITH RECURSIVE ids(s) AS (SELECT min(site_id) FROM " + t
            + " UNION ALL SELECT (SELECT min(site_id) FROM " + t
            + " WHERE site_id > s) FROM ids WHERE s IS NOT NULL) DELETE FROM " + t
            + " WHERE site_id IN (SELECT s FROM ids WHERE s IS NOT NULL"
              " AND s NOT IN (SELECT id FROM sites))";
        Statement del(*m_db, sql.constData());
        ok = ok && del.run();
    }
    return ok;
}

bool SiteRepository::normalizeAlias(const QString &input, QString *alias, QString *error)
{
    const QString a = input.trimmed().toLower();
    // Umami ids are UUIDs, GoatCounter names are host names: both fit, and nothing that
    // needs quoting in a URL or a shell does.
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9._-]{1,253}$"));
    if (!valid.match(a).hasMatch()) {
        *error = QCoreApplication::translate(
                     "raycstr::SiteRepository",
                     "'%1' is not a valid alias: use 1 to 253 letters, digits, '.', "
                     "'_' or '-' (e.g. an Umami website id)")
                     .arg(input);
        return false;
    }
    *alias = a;
    return true;
}

bool SiteRepository::addAlias(const QString &domain, const QString &aliasInput, qint64 nowSecs,
                              QString *error)
{
    QString alias;
    if (!normalizeAlias(aliasInput, &alias, error))
        return false;
    const auto site = find(domain);
    if (!site) {
        *error = QCoreApplication::translate("raycstr::SiteRepository", "no site %1")
                     .arg(domain.trimmed().toLower());
        return false;
    }
    if (find(alias)) {
        *error = QCoreApplication::translate(
                     "raycstr::SiteRepository",
                     "%1 is a tracked site's domain; it cannot also be an alias")
                     .arg(alias);
        return false;
    }
    Statement owner(*m_db,
                    "SELECT s.domain FROM site_aliases a JOIN sites s ON s.id = a.site_id "
                    "WHERE a.alias = ?");
    if (owner.bind(1, alias).next()) {
        *error = QCoreApplication::translate("raycstr::SiteRepository",
                                             "alias %1 already names site %2")
                     .arg(alias, owner.text(0));
        return false;
    }
    Statement st(*m_db, "INSERT INTO site_aliases(alias, site_id, created_at) VALUES(?, ?, ?)");
    st.bind(1, alias).bind(2, qint64(site->id)).bind(3, nowSecs);
    if (!st.run()) {
        *error = st.error();
        return false;
    }
    SiteDirectory::stampChange(m_db->path());
    return true;
}

bool SiteRepository::removeAlias(const QString &aliasInput, QString *error)
{
    Statement st(*m_db, "DELETE FROM site_aliases WHERE alias = ?");
    st.bind(1, aliasInput.trimmed().toLower());
    if (!st.run()) {
        *error = st.error();
        return false;
    }
    if (m_db->changes() == 0) {
        *error = QCoreApplication::translate("raycstr::SiteRepository", "no alias %1")
                     .arg(aliasInput.trimmed().toLower());
        return false;
    }
    SiteDirectory::stampChange(m_db->path());
    return true;
}

QStringList SiteRepository::aliases(qint32 siteId) const
{
    QStringList out;
    Statement st(*m_db, "SELECT alias FROM site_aliases WHERE site_id = ? ORDER BY alias");
    st.bind(1, qint64(siteId));
    while (st.next())
        out.append(st.text(0));
    return out;
}

SiteDirectory::SiteDirectory(QString databasePath)
    : m_path(std::move(databasePath))
{ }

SiteDirectory::~SiteDirectory() = default;

bool SiteDirectory::openLocked(QString *error)
{
    if (m_db)
        return true;
    auto db = std::make_unique<SqliteDb>();
    if (!db->open(m_path, SqliteDb::Mode::ReadOnly, error))
        return false;
    auto query = std::make_unique<Statement>();
    if (!query->prepare(*db, "SELECT version FROM site_directory_version", error))
        return false;
    m_versionQuery = std::move(query);
    m_db = std::move(db);
    return true;
}

qint64 SiteDirectory::versionLocked()
{
    // Stepped and reset at once: no read transaction stays open to hold back checkpoints.
    const qint64 version = m_versionQuery->next() ? m_versionQuery->int64(0) : -1;
    m_versionQuery->reset();
    return version;
}

bool SiteDirectory::reload(QString *error)
{
    std::lock_guard dbLock(m_dbMutex);
    return reloadLocked(error);
}

QString SiteDirectory::stampPath(const QString &databasePath)
{
    return databasePath + QStringLiteral("-sites");
}

void SiteDirectory::stampChange(const QString &databasePath)
{
    QFile f(stampPath(databasePath));
    // Written in place (no truncation, no rename): a running server keeps the file open.
    if (!f.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const quint64 stamp = QRandomGenerator::global()->generate64();
    f.write(reinterpret_cast<const char *>(&stamp), sizeof stamp);
}

void SiteDirectory::refreshIfChanged()
{
    std::lock_guard dbLock(m_dbMutex);
    if (!m_stamp.isOpen()) {
        m_stamp.setFileName(stampPath(m_path));
        if (!m_stamp.exists())
            stampChange(m_path);
        m_stamp.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    QByteArray stamp;
    if (m_stamp.isOpen() && m_stamp.seek(0))
        stamp = m_stamp.read(8);
    const qint64 nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now().time_since_epoch())
                             .count();
    if (stamp == m_stampSeen && nowMs - m_lastVersionCheckMs < 1000)
        return;
    m_stampSeen = stamp;
    m_lastVersionCheckMs = nowMs;
    if (!openLocked(nullptr))
        return; // keep serving what we have
    const qint64 version = versionLocked();
    if (version >= 0 && version != m_loadedVersion) {
        reloadLocked(nullptr);
        m_stamp.close(); // the file may have been replaced: open it afresh next time
    }
}

bool SiteDirectory::reloadLocked(QString *error)
{
    QString err;
    if (!openLocked(&err)) {
        if (error)
            *error = err;
        return false;
    }
    SqliteDb &db = *m_db;
    // One read transaction: the version read belongs to exactly these rows.
    if (!db.exec("BEGIN", &err)) {
        if (error)
            *error = err;
        return false;
    }
    const qint64 version = versionLocked();
    Names byDomain;
    QHash<qint32, Site> byId;
    for (const Site &s : SiteRepository(&db).list()) {
        byDomain.insert(s.domain, s.id);
        byId.insert(s.id, s);
    }
    Names byAlias;
    {
        Statement aliases(db, "SELECT alias, site_id FROM site_aliases");
        while (aliases.next())
            byAlias.insert(aliases.text(0).toLower(), qint32(aliases.int64(1)));
    }
    db.exec("COMMIT");
    m_loadedVersion = version;
    QWriteLocker locker(&m_lock);
    m_byDomain.swap(byDomain);
    m_byAlias.swap(byAlias);
    m_byId.swap(byId);
    m_generation.fetch_add(1);
    return true;
}

qint32 SiteDirectory::idForDomain(const QString &domain, qint64 nowMs)
{
    Q_UNUSED(nowMs);
    return lookup(&SiteDirectory::m_byDomain, domain);
}

qint32 SiteDirectory::idForAlias(const QString &alias, qint64 nowMs)
{
    Q_UNUSED(nowMs);
    return lookup(&SiteDirectory::m_byAlias, alias);
}

qint32 SiteDirectory::lookup(const Names SiteDirectory::*names, const QString &name)
{
    refreshIfChanged();
    QReadLocker locker(&m_lock);
    const auto it = (this->*names).constFind(name);
    if (it != (this->*names).constEnd())
        return *it;
    // Case and "www." differences are common in pasted snippets; try the normal form once.
    return (this->*names).value(name.toLower(), 0);
}

QTimeZone SiteDirectory::timeZone(qint32 siteId) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_byId.constFind(siteId);
    return it == m_byId.constEnd() ? QTimeZone::utc() : QTimeZone(it->timeZone.toUtf8());
}

QString SiteDirectory::domain(qint32 siteId) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_byId.constFind(siteId);
    return it == m_byId.constEnd() ? QString() : it->domain;
}

QList<Site> SiteDirectory::sites() const
{
    QReadLocker locker(&m_lock);
    return m_byId.values();
}

} // namespace raycstr
