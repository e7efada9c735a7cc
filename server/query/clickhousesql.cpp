#include "query/clickhousesql.h"

#include "query/globpattern.h"
#include "query/rawscan.h"
#include "store/clickhouseclient.h"

namespace raycstr::query::ClickHouseSql {

namespace {

// The columns of the Acquisition dimensions, in Dimension order (Source … UtmTerm).
constexpr const char *AcquisitionColumns[]
    = {"source", "referrer", "utm_source", "utm_medium", "utm_campaign", "utm_content",
       "utm_term"};

QByteArray kindIs(EventKind kind)
{
    return "kind = " + QByteArray::number(int(kind));
}

// "name version", or the name alone, or "" without a name (FieldValues::text's rule).
QByteArray withVersion(const char *name, const char *version)
{
    return QByteArray("if(") + name + " = '', '', if(" + version + " = '', " + name + ", concat("
        + name + ", ' ', " + version + ")))";
}

QByteArray deviceText()
{
    QByteArray names = "[";
    for (int i = 0; i <= int(DeviceType::Tablet); ++i)
        names += (i ? ", " : "") + literal(deviceTypeName(DeviceType(i)));
    return "arrayElement(" + names + "], toUInt32(device) + 1)";
}

QByteArray propValue(const QString &key)
{
    // indexOf() is 0 for a missing key, and element 0 of an array is the empty string.
    return "prop_values[indexOf(prop_keys, " + literal(key) + ")]";
}

QByteArray anyOf(const QList<QByteArray> &conditions)
{
    if (conditions.isEmpty())
        return "0";
    QByteArray out = "(";
    for (qsizetype i = 0; i < conditions.size(); ++i)
        out += (i ? " OR " : "") + conditions[i];
    return out + ')';
}

QByteArray textCondition(const Filter &f)
{
    const QByteArray text = filterText(f.field);
    QList<QByteArray> any;
    bool negate = false;
    switch (f.op) {
    case Filter::Op::IsNot:
        negate = true;
        [[fallthrough]];
    case Filter::Op::Is: {
        QByteArray list;
        for (const QString &v : f.values)
            list += (list.isEmpty() ? "" : ", ") + literal(v);
        if (list.isEmpty())
            return negate ? "1" : "0";
        return text + (negate ? " NOT IN (" : " IN (") + list + ')';
    }
    case Filter::Op::NotContains:
        negate = true;
        [[fallthrough]];
    case Filter::Op::Contains:
        for (const QString &v : f.values)
            any.append("positionCaseInsensitiveUTF8(" + text + ", " + literal(v) + ") > 0");
        break;
    case Filter::Op::NotMatches:
        negate = true;
        [[fallthrough]];
    case Filter::Op::Matches:
        for (const QString &v : f.values)
            any.append("match(" + text + ", " + literal(GlobPattern(v).toRegex()) + ')');
        break;
    }
    return negate ? "NOT " + anyOf(any) : anyOf(any);
}

} // namespace

QByteArray literal(const QString &text)
{
    return ClickHouseClient::quote(text.toUtf8());
}

QByteArray instant(qint64 secs)
{
    return "toDateTime(" + QByteArray::number(std::max<qint64>(secs, 0)) + ')';
}

QByteArray visitorDay(const QByteArray &dayColumn)
{
    return "bitOr(bitShiftLeft(visitor, 16), toUInt64(toUInt16(" + dayColumn + ")))";
}

qint64 marginSecs()
{
    return RawScan::MarginSecs;
}

QByteArray filterText(const Field &field)
{
    if (field.isProp())
        return "if(" + kindIs(EventKind::Custom) + ", " + propValue(field.prop) + ", '')";
    switch (field.dim) {
    case Dimension::Total:
        return "''";
    case Dimension::Page:
        return "path";
    case Dimension::EntryPage:
        return "entry_path";
    case Dimension::ExitPage:
        return "exit_path";
    case Dimension::Hostname:
        return "hostname";
    case Dimension::Source:
    case Dimension::Referrer:
    case Dimension::UtmSource:
    case Dimension::UtmMedium:
    case Dimension::UtmCampaign:
    case Dimension::UtmContent:
    case Dimension::UtmTerm:
        return AcquisitionColumns[int(field.dim) - int(Dimension::Source)];
    case Dimension::Country:
        return "country";
    case Dimension::Device:
        return deviceText();
    case Dimension::Browser:
        return "browser";
    case Dimension::BrowserVersion:
        return withVersion("browser", "browser_version");
    case Dimension::Os:
        return "os";
    case Dimension::OsVersion:
        return withVersion("os", "os_version");
    case Dimension::EventName:
        return "if(" + kindIs(EventKind::Custom) + ", name, '')";
    case Dimension::Count:
        break;
    }
    return "''";
}

QByteArray groupText(const Field &field)
{
    if (field.isProp())
        return propValue(field.prop);
    if (field.dim == Dimension::EventName)
        return "name";
    return filterText(field);
}

QByteArray groupCondition(const Field &field)
{
    if (field.isProp())
        return "(" + kindIs(EventKind::Custom) + " AND has(prop_keys, " + literal(field.prop)
            + "))";
    switch (field.dim) {
    case Dimension::Page:
        return kindIs(EventKind::Pageview);
    case Dimension::EventName:
        return kindIs(EventKind::Custom);
    case Dimension::ExitPage:
        return "exit_path != ''"; // a visit of custom events only has no exit page
    default:
        return "1";
    }
}

bool needsExit(const Field *field, const QList<Filter> &filters)
{
    auto isExit = [](const Field &f) { return !f.isProp() && f.dim == Dimension::ExitPage; };
    if (field && isExit(*field))
        return true;
    return std::any_of(filters.cbegin(), filters.cend(),
                       [&](const Filter &f) { return !f.field.goal && isExit(f.field); });
}

QByteArray matcherCondition(const Matcher &matcher)
{
    if (matcher.kind == Matcher::Kind::Event)
        return "(" + kindIs(EventKind::Custom) + " AND name = " + literal(matcher.value) + ')';
    return "(" + kindIs(EventKind::Pageview) + " AND match(path, "
        + literal(GlobPattern(matcher.value).toRegex()) + "))";
}

QByteArray filterCondition(const Scope &scope)
{
    QList<QByteArray> all;
    for (const Filter &f : scope.filters) {
        if (!f.field.goal) {
            all.append(textCondition(f));
            continue;
        }
        // The visits (visitor, start) with an activity event that met one of the goals,
        // wherever in the visit it happened (the scan's margins, as the SQLite backend).
        QList<QByteArray> goals;
        for (const Matcher &m : f.goals)
            goals.append(matcherCondition(m));
        const QByteArray reached = "(visitor, visit_start) IN (SELECT visitor, visit_start FROM "
                                   "events WHERE site_id = "
            + QByteArray::number(scope.siteId) + " AND ts >= "
            + instant(scope.iv.fromSecs - marginSecs()) + " AND ts < "
            + instant(scope.iv.toSecs + marginSecs()) + " AND kind IN ("
            + QByteArray::number(int(EventKind::Pageview)) + ", "
            + QByteArray::number(int(EventKind::Custom)) + ") AND " + anyOf(goals) + ')';
        all.append(f.op == Filter::Op::IsNot ? "NOT " + reached : reached);
    }
    if (all.isEmpty())
        return "1";
    QByteArray out;
    for (const QByteArray &c : all)
        out += (out.isEmpty() ? "(" : " AND (") + c + ')';
    return out;
}

EventSource events(const Scope &scope, const QByteArray &kinds, qint64 fromSecs, qint64 toSecs,
                   bool exit)
{
    const QByteArray site = QByteArray::number(scope.siteId);
    const QByteArray own = "site_id = " + site + " AND ts >= " + instant(fromSecs) + " AND ts < "
        + instant(toSecs) + " AND kind IN (" + kinds + ')';
    if (!exit)
        return {"events", own};
    // A visit's exit page: its last pageview by (ts, seq), from the events around the range
    // (a visit that began up to the margin before it, and its events up to the margin after).
    const qint64 margin = marginSecs();
    return {"(SELECT * FROM (SELECT * FROM events WHERE " + own
                + ") ALL LEFT JOIN (SELECT visitor, visit_start, argMax(path, toUInt64(ts) * "
                  "4294967296 + seq) AS exit_path FROM events WHERE site_id = "
                + site + " AND ts >= " + instant(fromSecs - margin) + " AND ts < "
                + instant(toSecs + margin) + " AND visit_start >= " + instant(fromSecs - margin)
                + " AND " + kindIs(EventKind::Pageview)
                + " GROUP BY visitor, visit_start) USING (visitor, visit_start))",
            "1"};
}

} // namespace raycstr::query::ClickHouseSql
