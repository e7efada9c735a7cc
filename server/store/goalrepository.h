#pragma once

#include "core/goal.h"

#include <QList>
#include <optional>

namespace raycstr {

class SqliteDb;

// Goals and funnels of a site in the database: used by the CLI and the API on their own
// connection, and read by the query engine on its read-only one.
class GoalRepository
{
public:
    explicit GoalRepository(SqliteDb *db)
        : m_db(db)
    { }

    // A goal's name defaults to its event name or pattern; names and matchers are unique
    // per site (a second "signup" goal would only split the same conversions).
    std::optional<Goal> addGoal(qint32 siteId, const QString &name, const Matcher &match,
                                qint64 nowSecs, QString *error);
    QList<Goal> goals(qint32 siteId) const;
    // By id or by name; nullopt when there is none.
    std::optional<Goal> findGoal(qint32 siteId, const QString &idOrName) const;
    bool removeGoal(qint32 siteId, qint64 id, QString *error);

    // `replace`: a funnel with the same name is overwritten (import of an edited file)
    // instead of refused; its id stays.
    std::optional<Funnel> saveFunnel(qint32 siteId, Funnel funnel, bool replace, qint64 nowSecs,
                                     QString *error);
    QList<Funnel> funnels(qint32 siteId) const;
    std::optional<Funnel> findFunnel(qint32 siteId, const QString &idOrName) const;
    bool removeFunnel(qint32 siteId, qint64 id, QString *error);

    // The JSON kept in funnels.steps (also what the API speaks).
    static QByteArray stepsToJson(const QList<FunnelStep> &steps);
    static std::optional<QList<FunnelStep>> stepsFromJson(const QByteArray &json, QString *error);

private:
    bool removeRow(const char *sql, const char *what, qint32 siteId, qint64 id, QString *error);

    SqliteDb *m_db;
};

} // namespace raycstr
