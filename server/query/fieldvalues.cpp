#include "query/fieldvalues.h"

#include "query/goalmatcher.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace raycstr::query {

namespace {

constexpr qint64 pairKey(qint64 a, qint64 b)
{
    return (a << 32) | (b & 0xffffffff);
}

QString joinVersion(const QString &name, const QString &version)
{
    if (name.isEmpty())
        return QString();
    return version.isEmpty() ? name : name + QLatin1Char(' ') + version;
}

} // namespace

std::optional<qint64> FieldValues::key(const RawEvent &e, const Field &field, bool forFilter)
{
    const bool pageview = e.kind == EventKind::Pageview;
    const bool custom = e.kind == EventKind::Custom;
    if (field.isProp()) {
        if (!custom)
            return forFilter ? std::optional<qint64>(0) : std::nullopt;
        const qint64 k = propKey(e.props, field.prop);
        if (!k && !forFilter)
            return std::nullopt;
        return k;
    }
    switch (field.dim) {
    case Dimension::Total:
        return 0;
    case Dimension::Page:
        if (!pageview && !forFilter)
            return std::nullopt;
        return m_catalog->page(e.page).path;
    case Dimension::EntryPage:
        return m_catalog->page(m_scan->visitOf(e).entryPage).path;
    case Dimension::ExitPage: {
        // A visit without a pageview (only custom events) has no exit page.
        const qint64 exit = m_scan->visitOf(e).exitPage;
        if (!exit && !forFilter)
            return std::nullopt;
        return m_catalog->page(exit).path;
    }
    case Dimension::Hostname:
        return m_catalog->page(e.page).hostname;
    case Dimension::Source:
    case Dimension::Referrer:
    case Dimension::UtmSource:
    case Dimension::UtmMedium:
    case Dimension::UtmCampaign:
    case Dimension::UtmContent:
    case Dimension::UtmTerm:
        return m_catalog->acquisition(e.acquisition)[size_t(field.dim) - size_t(Dimension::Source)];
    case Dimension::Country:
        return e.country;
    case Dimension::Device:
        return qint64(m_catalog->agent(e.agent).device);
    case Dimension::Browser:
        return m_catalog->agent(e.agent).browser;
    case Dimension::BrowserVersion: {
        const auto &a = m_catalog->agent(e.agent);
        return pairKey(a.browser, a.browserVersion);
    }
    case Dimension::Os:
        return m_catalog->agent(e.agent).os;
    case Dimension::OsVersion: {
        const auto &a = m_catalog->agent(e.agent);
        return pairKey(a.os, a.osVersion);
    }
    case Dimension::EventName:
        if (!custom)
            return forFilter ? std::optional<qint64>(0) : std::nullopt;
        return e.name;
    case Dimension::Count:
        break;
    }
    return std::nullopt;
}

QString FieldValues::text(const Field &field, qint64 key)
{
    if (field.isProp())
        return key > 0 && key < m_propValues.size() ? m_propValues.at(key) : QString();
    switch (field.dim) {
    case Dimension::Country:
        if (!key)
            return QString();
        return QString(QChar(char16_t(key >> 8))) + QChar(char16_t(key & 0xff));
    case Dimension::Device:
        return deviceTypeName(DeviceType(key));
    case Dimension::BrowserVersion:
    case Dimension::OsVersion:
        return joinVersion(m_catalog->string(key >> 32), m_catalog->string(key & 0xffffffff));
    default:
        return m_catalog->string(key);
    }
}

qint64 FieldValues::propKey(qint64 propsId, const QString &prop)
{
    if (!propsId)
        return 0;
    return propsOf(propsId).value(prop);
}

QList<QString> FieldValues::propKeys(qint64 propsId)
{
    return propsId ? propsOf(propsId).keys() : QList<QString>();
}

const QHash<QString, qint64> &FieldValues::propsOf(qint64 propsId)
{
    auto it = m_props.find(propsId);
    if (it == m_props.end()) {
        QHash<QString, qint64> values;
        const QJsonObject o = QJsonDocument::fromJson(m_catalog->string(propsId).toUtf8()).object();
        for (auto p = o.begin(); p != o.end(); ++p) {
            const QString v = p.value().toString();
            qint64 &k = m_propValueKeys[v];
            if (!k) {
                k = m_propValues.size();
                m_propValues.append(v);
            }
            values.insert(p.key(), k);
        }
        it = m_props.insert(propsId, values);
    }
    return it.value();
}

FilterSet::FilterSet(FieldValues *values, const QList<Filter> &filters)
    : m_values(values)
{
    QList<Matcher> goals;
    for (const Filter &f : filters) {
        Compiled c;
        c.filter = f;
        if (f.op == Filter::Op::Matches || f.op == Filter::Op::NotMatches) {
            for (const QString &v : f.values)
                c.patterns.append(GlobPattern(v));
        }
        for (const Matcher &m : f.goals) {
            if (goals.size() < GoalMatcher::MaxMatchers) {
                c.goalBits |= 1u << goals.size();
                goals.append(m);
            }
        }
        m_filters.append(c);
    }
    if (!goals.isEmpty())
        m_goals = std::make_unique<GoalMatcher>(values->catalog(), goals);
}

FilterSet::~FilterSet() = default;

bool FilterSet::needsWholeVisits(const QList<Filter> &filters)
{
    return std::any_of(filters.cbegin(), filters.cend(),
                       [](const Filter &f) { return f.field.goal; });
}

bool FilterSet::visitReached(const RawEvent &e, quint32 bits)
{
    if (!m_goalsReady) {
        m_visitGoals = visitMasks(*m_values->scan(), *m_goals);
        m_goalsReady = true;
    }
    return e.visit >= 0 && size_t(e.visit) < m_visitGoals.size()
        && (m_visitGoals[size_t(e.visit)] & bits) != 0;
}

bool FilterSet::matchesText(const Filter &f, const QString &text,
                            const QList<GlobPattern> &patterns)
{
    bool any = false;
    switch (f.op) {
    case Filter::Op::Is:
    case Filter::Op::IsNot:
        any = f.values.contains(text);
        return f.op == Filter::Op::Is ? any : !any;
    case Filter::Op::Contains:
    case Filter::Op::NotContains:
        for (const QString &v : f.values)
            any = any || text.contains(v, Qt::CaseInsensitive);
        return f.op == Filter::Op::Contains ? any : !any;
    case Filter::Op::Matches:
    case Filter::Op::NotMatches:
        for (const GlobPattern &glob : patterns)
            any = any || glob.matches(text);
        return f.op == Filter::Op::Matches ? any : !any;
    }
    return false;
}

bool FilterSet::matches(const RawEvent &e)
{
    for (Compiled &c : m_filters) {
        if (c.filter.field.goal) {
            const bool reached = m_goals && visitReached(e, c.goalBits);
            if (reached != (c.filter.op == Filter::Op::Is))
                return false;
            continue;
        }
        const std::optional<qint64> k = m_values->key(e, c.filter.field, true);
        if (!k)
            return false;
        auto it = c.decided.constFind(*k);
        if (it == c.decided.cend())
            it = c.decided.insert(
                *k, matchesText(c.filter, m_values->text(c.filter.field, *k), c.patterns));
        if (!it.value())
            return false;
    }
    return true;
}

} // namespace raycstr::query
