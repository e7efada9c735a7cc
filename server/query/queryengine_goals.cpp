#include "query/queryengine_p.h"

#include "query/goalmatcher.h"
#include "store/goalrepository.h"

#include <algorithm>

namespace raycstr::query {

namespace {

double percent(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : 0;
}

} // namespace

bool QueryEngine::Private::resolveGoals(qint32 siteId, QList<Filter> *filters, QueryError *error)
{
    if (std::none_of(filters->cbegin(), filters->cend(), [](const Filter &f) { return f.field.goal; }))
        return true;
    const QList<Goal> goals = GoalRepository(&db).goals(siteId);
    for (Filter &f : *filters) {
        if (!f.field.goal)
            continue;
        if (f.op != Filter::Op::Is && f.op != Filter::Op::IsNot) {
            *error = {QueryError::Kind::BadInput,
                      QStringLiteral("a goal filter is 'goal is …' or 'goal is not …'")};
            return false;
        }
        f.goals.clear();
        for (const QString &name : f.values) {
            const auto it = std::find_if(goals.cbegin(), goals.cend(),
                                         [&](const Goal &g) { return g.name == name; });
            if (it == goals.cend()) {
                *error = {QueryError::Kind::BadInput,
                          QStringLiteral("no goal named \"%1\" on this site").arg(name)};
                return false;
            }
            f.goals.append(it->match);
        }
    }
    return true;
}

std::optional<GoalsResult> QueryEngine::goals(const Query &input, QueryError *error)
{
    const auto iv = resolve(input.siteId, input.period, error);
    Query query = input;
    if (!iv || !d->resolveGoals(query.siteId, &query.filters, error))
        return std::nullopt;
    GoalsResult r;
    r.interval = *iv;
    const QList<Goal> all = GoalRepository(&d->db).goals(query.siteId);
    if (all.size() > GoalMatcher::MaxMatchers) {
        *error = {QueryError::Kind::BadInput,
                  QStringLiteral("a site has at most %1 goals in one report")
                      .arg(GoalMatcher::MaxMatchers)};
        return std::nullopt;
    }
    const Scope scope = d->scope(query, *iv);
    const auto visitors = d->stats->totals(scope, error);
    if (!visitors)
        return std::nullopt;
    r.visitors = visitors->visitors;
    QList<Matcher> matchers;
    for (const Goal &g : all)
        matchers.append(g.match);
    const auto counts = d->stats->goals(scope, matchers, error);
    if (!counts)
        return std::nullopt;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const GoalCount &c = counts->at(i);
        r.rows.append(GoalRow {all[i], c.uniques, c.total, percent(c.uniques, r.visitors),
                               c.revenue});
    }
    return r;
}

std::optional<qint64> QueryEngine::goalConversions(qint32 siteId, const Matcher &goal,
                                                   qint64 fromSecs, qint64 toSecs,
                                                   QueryError *error)
{
    *error = {};
    SiteTime *time = d->timeOf(siteId, &error->message);
    if (!time)
        return std::nullopt;
    return d->stats->goalConversions(siteId, time->zone(), goal, fromSecs, toSecs, error);
}

std::optional<FunnelResult> QueryEngine::funnel(const Query &input, const Funnel &funnel,
                                                QueryError *error)
{
    const auto iv = resolve(input.siteId, input.period, error);
    Query query = input;
    if (!iv || !d->resolveGoals(query.siteId, &query.filters, error))
        return std::nullopt;
    Funnel checked = funnel;
    if (checked.name.isEmpty())
        checked.name = QStringLiteral("preview");
    if (!checked.validate(&error->message)) {
        error->kind = QueryError::Kind::BadInput;
        return std::nullopt;
    }
    QList<Matcher> matchers;
    for (const FunnelStep &s : funnel.steps)
        matchers.append(s.match);
    const auto reached = d->stats->funnel(d->scope(query, *iv), matchers, error);
    if (!reached)
        return std::nullopt;
    const qsizetype n = matchers.size();
    FunnelResult r;
    r.interval = *iv;
    r.funnel = funnel;
    for (qsizetype k = 0; k < n; ++k) {
        FunnelStepResult s;
        s.step = funnel.steps[k];
        s.visitors = reached->at(size_t(k));
        r.steps.append(s);
    }
    for (qsizetype k = 0; k < n; ++k) {
        FunnelStepResult &s = r.steps[k];
        const qint64 previous = k == 0 ? s.visitors : r.steps[k - 1].visitors;
        s.fromPrevious = k == 0 ? (s.visitors ? 100.0 : 0.0) : percent(s.visitors, previous);
        s.fromFirst = percent(s.visitors, r.steps[0].visitors);
        s.dropOff = k == 0 ? 0 : previous - s.visitors;
    }
    r.conversionRate = percent(r.steps.last().visitors, r.steps[0].visitors);
    return r;
}

std::optional<QList<PropertyKeyRow>> QueryEngine::propertyKeys(const Query &input,
                                                               QueryError *error)
{
    const auto iv = resolve(input.siteId, input.period, error);
    Query query = input;
    if (!iv || !d->resolveGoals(query.siteId, &query.filters, error))
        return std::nullopt;
    const auto keys = d->stats->propertyKeys(d->scope(query, *iv), error);
    if (!keys)
        return std::nullopt;
    QList<PropertyKeyRow> rows;
    for (auto it = keys->cbegin(); it != keys->cend(); ++it) {
        // The wire formats keep an event's revenue as these two props; the goals report
        // sums it, it is no property of the site's own.
        if (it.key() == QLatin1String("revenue_amount")
            || it.key() == QLatin1String("revenue_currency"))
            continue;
        PropertyKeyRow row = it.value();
        row.key = it.key();
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const PropertyKeyRow &a, const PropertyKeyRow &b) {
        return a.events != b.events ? a.events > b.events : a.key < b.key;
    });
    return rows;
}

QList<Goal> QueryEngine::savedGoals(qint32 siteId)
{
    return GoalRepository(&d->db).goals(siteId);
}

std::optional<Funnel> QueryEngine::savedFunnel(qint32 siteId, const QString &idOrName)
{
    return GoalRepository(&d->db).findFunnel(siteId, idOrName);
}

} // namespace raycstr::query
