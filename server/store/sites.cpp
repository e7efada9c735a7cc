#include "store/sites.h"

#include "store/eventkey.h"
#include "store/sqlitedb.h"

#include <QRegularExpression>

namespace raycstr {

bool SiteRepository::normalizeDomain(const QString &input, QString *domain, QString *error)
{
    const QString d = input.trimmed().toLower();
    static const QRegularExpression valid(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\\.[a-z0-9_]([a-z0-9_"
                       "-]{0,61}[a-z0-9_])?)*$"));
    if (d.isEmpty()) {
        *error = QStringLiteral("the domain is empty");
        return false;
    }
    if (d.contains(QLatin1String("://")) || d.contains(QLatin1Char('/'))) {
        *error = QStringLiteral(
                     "'%1' is not a bare domain: give it without scheme or path, e.g. example.com")
                     .arg(input);
        return false;
    }
    if (!valid.match(d).hasMatch()) {
        *error = QStringLiteral("'%1' is not a valid domain name").arg(input);
        return false;
    }
    *domain = d;
    return true;
}

std::optional<Site> SiteRepository::add(const QString &domainInput, const QString &timeZone,
                                        qint64 nowSecs, QString *error)
{
    QString domain;
    if (!normalizeDomain(domainInput, &domain, error))
        return std::nullopt;
    const QString tz = timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone;
    // isTimeZoneIdAvailable, not isValid(): Qt also accepts POSIX TZ strings ("Nowhere"
    // parses as one), which are not what a user means by a time zone.
    if (tz != QLatin1String("UTC") && !QTimeZone::isTimeZoneIdAvailable(tz.toUtf8())) {
        *error = QStringLiteral("unknown time zone '%1' (use an IANA name such as Europe/Berlin)")
                     .arg(tz);
        return std::nullopt;
    }
    if (find(domain)) {
        *error = QStringLiteral("site %1 already exists").arg(domain);
        return std::nullopt;
    }
    Statement st(*m_db, "INSERT INTO sites(domain, timezone, created_at) VALUES(?, ?, ?)");
    st.bind(1, domain).bind(2, tz).bind(3, nowSecs);
    if (!st.run()) {
        *error = st.error();
        return std::nullopt;
    }
    Site site {qint32(m_db->lastInsertId()), domain, tz, nowSecs};
    if (site.id > EventKey::MaxSite) {
        *error = QStringLiteral("too many sites");
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
        *error = QStringLiteral("no site %1").arg(domainInput.trimmed().toLower());
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
          "DELETE FROM sites WHERE id = ?"}) {
        Statement st(*m_db, sql);
        st.bind(1, qint64(site->id));
        ok = ok && st.run();
    }
    if (!ok || !tx.commit(error)) {
        if (error->isEmpty())
            *error = m_db->lastError();
        return -1;
    }
    return events;
}

SiteDirectory::SiteDirectory(QString databasePath)
    : m_path(std::move(databasePath))
{ }

bool SiteDirectory::reload(QString *error)
{
    SqliteDb db;
    QString err;
    if (!db.open(m_path, SqliteDb::Mode::ReadOnly, &err)) {
        if (error)
            *error = err;
        return false;
    }
    QHash<QString, qint32> byDomain;
    QHash<qint32, Site> byId;
    for (const Site &s : SiteRepository(&db).list()) {
        byDomain.insert(s.domain, s.id);
        byId.insert(s.id, s);
    }
    QWriteLocker locker(&m_lock);
    m_byDomain.swap(byDomain);
    m_byId.swap(byId);
    m_generation.fetch_add(1);
    return true;
}

qint32 SiteDirectory::idForDomain(const QString &domain, qint64 nowMs)
{
    {
        QReadLocker locker(&m_lock);
        const auto it = m_byDomain.constFind(domain);
        if (it != m_byDomain.constEnd())
            return *it;
    }
    // Case and "www." differences are common in pasted snippets; try the normal form once.
    const QString lower = domain.toLower();
    if (lower != domain) {
        QReadLocker locker(&m_lock);
        const auto it = m_byDomain.constFind(lower);
        if (it != m_byDomain.constEnd())
            return *it;
    }
    qint64 last = m_lastReloadMs.load();
    if (nowMs - last >= 1000 && m_lastReloadMs.compare_exchange_strong(last, nowMs)) {
        reload();
        QReadLocker locker(&m_lock);
        return m_byDomain.value(lower, 0);
    }
    return 0;
}

QTimeZone SiteDirectory::timeZone(qint32 siteId) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_byId.constFind(siteId);
    return it == m_byId.constEnd() ? QTimeZone::utc() : QTimeZone(it->timeZone.toUtf8());
}

QList<Site> SiteDirectory::sites() const
{
    QReadLocker locker(&m_lock);
    return m_byId.values();
}

} // namespace raycstr
