#include "store/goalrepository.h"

#include "core/event.h"
#include "store/sqlitedb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace raycstr {

namespace {

Goal goalFrom(const Statement &st)
{
    Goal g;
    g.id = st.int64(0);
    g.siteId = qint32(st.int64(1));
    g.name = st.text(2);
    g.match.kind = st.int64(3) == 0 ? Matcher::Kind::Event : Matcher::Kind::Page;
    g.match.value = st.text(4);
    g.createdAt = st.int64(5);
    return g;
}

constexpr const char *GoalColumns = "SELECT id, site_id, name, kind, match, created_at FROM goals ";
constexpr const char *FunnelColumns = "SELECT id, site_id, name, steps, created_at FROM funnels ";

std::optional<Funnel> funnelFrom(const Statement &st)
{
    Funnel f;
    f.id = st.int64(0);
    f.siteId = qint32(st.int64(1));
    f.name = st.text(2);
    QString error;
    auto steps = GoalRepository::stepsFromJson(st.text(3).toUtf8(), &error);
    if (!steps)
        return std::nullopt; // only this program writes the column; skip what it cannot read
    f.steps = *steps;
    f.createdAt = st.int64(4);
    return f;
}

// "12" is an id, anything else a name: goal and funnel names that are plain numbers are
// still reachable by their id.
std::optional<qint64> asId(const QString &idOrName)
{
    bool ok = false;
    const qint64 id = idOrName.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

std::optional<Goal> GoalRepository::addGoal(qint32 siteId, const QString &nameInput,
                                            const Matcher &match, qint64 nowSecs, QString *error)
{
    if (!match.validate(error))
        return std::nullopt;
    const QString name = nameInput.trimmed().isEmpty() ? match.value : nameInput.trimmed();
    if (name.size() > Limits::MaxNameLength) {
        *error = QStringLiteral("the goal name is longer than %1 characters")
                     .arg(Limits::MaxNameLength);
        return std::nullopt;
    }
    for (const Goal &g : goals(siteId)) {
        if (g.name == name) {
            *error = QStringLiteral("a goal named '%1' already exists").arg(name);
            return std::nullopt;
        }
        if (g.match == match) {
            *error = QStringLiteral("goal '%1' already counts %2").arg(g.name, match.describe());
            return std::nullopt;
        }
    }
    Statement st(*m_db,
                 "INSERT INTO goals(site_id, name, kind, match, created_at) VALUES(?, ?, ?, ?, ?)");
    st.bind(1, siteId)
        .bind(2, name)
        .bind(3, match.kind == Matcher::Kind::Event ? 0 : 1)
        .bind(4, match.value)
        .bind(5, nowSecs);
    if (!st.run()) {
        *error = st.error();
        return std::nullopt;
    }
    return Goal {m_db->lastInsertId(), siteId, name, match, nowSecs};
}

QList<Goal> GoalRepository::goals(qint32 siteId) const
{
    QList<Goal> out;
    Statement st(*m_db, (QByteArray(GoalColumns) + "WHERE site_id = ? ORDER BY id").constData());
    st.bind(1, siteId);
    while (st.next())
        out.append(goalFrom(st));
    return out;
}

std::optional<Goal> GoalRepository::findGoal(qint32 siteId, const QString &idOrName) const
{
    for (const Goal &g : goals(siteId)) {
        if (g.name == idOrName || (asId(idOrName) && g.id == *asId(idOrName)))
            return g;
    }
    return std::nullopt;
}

bool GoalRepository::removeGoal(qint32 siteId, qint64 id, QString *error)
{
    return removeRow("DELETE FROM goals WHERE site_id = ? AND id = ?", "goal", siteId, id, error);
}

bool GoalRepository::removeRow(const char *sql, const char *what, qint32 siteId, qint64 id,
                               QString *error)
{
    Statement st(*m_db, sql);
    st.bind(1, siteId).bind(2, id);
    if (!st.run()) {
        *error = st.error();
        return false;
    }
    if (m_db->changes() == 0) {
        *error = QStringLiteral("no %1 %2 on this site").arg(QLatin1String(what)).arg(id);
        return false;
    }
    return true;
}

std::optional<Funnel> GoalRepository::saveFunnel(qint32 siteId, Funnel funnel, bool replace,
                                                 qint64 nowSecs, QString *error)
{
    funnel.name = funnel.name.trimmed();
    if (!funnel.validate(error))
        return std::nullopt;
    funnel.siteId = siteId;
    const auto existing = findFunnel(siteId, funnel.name);
    if (existing && existing->name.compare(funnel.name, Qt::CaseInsensitive) == 0) {
        if (!replace) {
            *error = QStringLiteral("a funnel named '%1' already exists").arg(existing->name);
            return std::nullopt;
        }
        Statement st(*m_db, "UPDATE funnels SET name = ?, steps = ? WHERE id = ?");
        st.bind(1, funnel.name).bind(2, stepsToJson(funnel.steps)).bind(3, existing->id);
        if (!st.run()) {
            *error = st.error();
            return std::nullopt;
        }
        funnel.id = existing->id;
        funnel.createdAt = existing->createdAt;
        return funnel;
    }
    Statement st(*m_db, "INSERT INTO funnels(site_id, name, steps, created_at) VALUES(?, ?, ?, ?)");
    st.bind(1, siteId).bind(2, funnel.name).bind(3, stepsToJson(funnel.steps)).bind(4, nowSecs);
    if (!st.run()) {
        *error = st.error();
        return std::nullopt;
    }
    funnel.id = m_db->lastInsertId();
    funnel.createdAt = nowSecs;
    return funnel;
}

QList<Funnel> GoalRepository::funnels(qint32 siteId) const
{
    QList<Funnel> out;
    Statement st(*m_db, (QByteArray(FunnelColumns) + "WHERE site_id = ? ORDER BY id").constData());
    st.bind(1, siteId);
    while (st.next()) {
        if (auto f = funnelFrom(st))
            out.append(*f);
    }
    return out;
}

std::optional<Funnel> GoalRepository::findFunnel(qint32 siteId, const QString &idOrName) const
{
    const auto id = asId(idOrName);
    for (const Funnel &f : funnels(siteId)) {
        if (f.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0 || (id && f.id == *id))
            return f;
    }
    return std::nullopt;
}

bool GoalRepository::removeFunnel(qint32 siteId, qint64 id, QString *error)
{
    return removeRow("DELETE FROM funnels WHERE site_id = ? AND id = ?", "funnel", siteId, id,
                     error);
}

QByteArray GoalRepository::stepsToJson(const QList<FunnelStep> &steps)
{
    QJsonArray out;
    for (const FunnelStep &s : steps) {
        QJsonObject o {{QStringLiteral("kind"),
                        s.match.kind == Matcher::Kind::Event ? QStringLiteral("event")
                                                             : QStringLiteral("page")},
                       {QStringLiteral("match"), s.match.value}};
        if (!s.name.isEmpty())
            o.insert(QStringLiteral("name"), s.name);
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

std::optional<QList<FunnelStep>> GoalRepository::stepsFromJson(const QByteArray &json,
                                                               QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isArray()) {
        *error = QStringLiteral("'steps' must be an array of {kind, match, name}");
        return std::nullopt;
    }
    QList<FunnelStep> steps;
    int index = 0;
    for (const QJsonValue &v : doc.array()) {
        ++index;
        const QJsonObject o = v.toObject();
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (!v.isObject() || (kind != QLatin1String("page") && kind != QLatin1String("event"))
            || !o.value(QLatin1String("match")).isString()) {
            *error = QStringLiteral("step %1 must be {\"kind\": \"page\"|\"event\", \"match\": "
                                    "\"...\", \"name\": \"...\"}")
                         .arg(index);
            return std::nullopt;
        }
        FunnelStep s;
        s.match.kind = kind == QLatin1String("event") ? Matcher::Kind::Event : Matcher::Kind::Page;
        s.match.value = o.value(QLatin1String("match")).toString().trimmed();
        s.name = o.value(QLatin1String("name")).toString().trimmed();
        steps.append(s);
    }
    return steps;
}

} // namespace raycstr
