#include "api/statsparams.h"

#include "api/filtersyntax.h"
#include "query/globpattern.h"

#include <QSet>

namespace raycstr {

namespace {

struct ParamName
{
    const char *name;
    unsigned accept;
    bool repeatable;
};

constexpr ParamName paramNames[] = {
    {"site", StatsParams::AcceptSite, false},
    {"period", StatsParams::AcceptPeriod, false},
    {"date", StatsParams::AcceptPeriod, false},
    {"from", StatsParams::AcceptPeriod, false},
    {"to", StatsParams::AcceptPeriod, false},
    {"compare", StatsParams::AcceptCompare, false},
    {"filter", StatsParams::AcceptFilters, true},
    {"interval", StatsParams::AcceptInterval, false},
    {"by", StatsParams::AcceptBy, false},
    {"limit", StatsParams::AcceptPaging | StatsParams::AcceptLimit, false},
    {"offset", StatsParams::AcceptPaging, false},
    {"funnel", StatsParams::AcceptFunnel, false},
    {"step", StatsParams::AcceptFunnel, true},
};

QStringList acceptedNames(unsigned accept)
{
    QStringList names;
    for (const auto &p : paramNames)
        if (p.accept & accept)
            names.append(QString::fromLatin1(p.name));
    return names;
}

} // namespace

QUrlQuery StatsParams::formQuery(const QUrl &url)
{
    return formQuery(url.query(QUrl::FullyEncoded));
}

QUrlQuery StatsParams::formQuery(const PlainRequest &request)
{
    return formQuery(QString::fromLatin1(request.query));
}

QUrlQuery StatsParams::formQuery(QString encoded)
{
    encoded.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(encoded);
}

std::optional<int> StatsParams::parseInt(const QString &name, const QString &text, int min, int max,
                                         QString *error)
{
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("%1 must be a whole number from %2 to %3, not \"%4\"")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(text.left(40));
        return std::nullopt;
    }
    return int(v);
}

std::optional<StatsParams> StatsParams::parse(const QUrlQuery &query, unsigned accept,
                                              QString *error)
{
    StatsParams out;
    QString period, date, from, to;
    QSet<QString> seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // format (json or csv) is the answer's shape, checked by CsvReply.
        if (key == QLatin1String("auth") || key == QLatin1String("format"))
            continue;
        const ParamName *known = nullptr;
        for (const auto &p : paramNames)
            if (key == QLatin1StringView(p.name))
                known = &p;
        if (!known || !(known->accept & accept)) {
            const QStringList names = acceptedNames(accept);
            *error = names.isEmpty()
                ? QStringLiteral("unknown parameter \"%1\": this route takes no parameters")
                      .arg(key)
                : QStringLiteral("unknown parameter \"%1\"; this route takes: %2")
                      .arg(key, names.join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (!known->repeatable && seen.contains(key)) {
            *error = QStringLiteral("parameter \"%1\" is given more than once").arg(key);
            return std::nullopt;
        }
        seen.insert(key);
        if (key == QLatin1String("site")) {
            out.site = value;
        } else if (key == QLatin1String("period")) {
            period = value;
        } else if (key == QLatin1String("date")) {
            date = value;
        } else if (key == QLatin1String("from")) {
            from = value;
        } else if (key == QLatin1String("to")) {
            to = value;
        } else if (key == QLatin1String("compare")) {
            if (value == QLatin1String("1") || value == QLatin1String("true")
                || value == QLatin1String("previous_period")) {
                out.compare = true;
            } else if (value != QLatin1String("0") && value != QLatin1String("false")) {
                *error = QStringLiteral("compare must be 1 or 0, not \"%1\"").arg(value.left(40));
                return std::nullopt;
            }
        } else if (key == QLatin1String("filter")) {
            if (out.filters.size() >= FilterSyntax::MaxFilters) {
                *error = QStringLiteral("at most %1 filters").arg(FilterSyntax::MaxFilters);
                return std::nullopt;
            }
            const auto filter = FilterSyntax::parse(value, error);
            if (!filter)
                return std::nullopt;
            out.filters.append(*filter);
        } else if (key == QLatin1String("interval")) {
            if (value == QLatin1String("hour")) {
                out.interval = query::Granularity::Hour;
            } else if (value == QLatin1String("day")) {
                out.interval = query::Granularity::Day;
            } else if (value == QLatin1String("month")) {
                out.interval = query::Granularity::Month;
            } else {
                *error = QStringLiteral("interval must be hour, day or month, not \"%1\"")
                             .arg(value.left(40));
                return std::nullopt;
            }
        } else if (key == QLatin1String("by")) {
            QString why;
            out.by = query::Field::parse(value, &why);
            if (!out.by) {
                *error = QStringLiteral("by: %1").arg(why);
                return std::nullopt;
            }
        } else if (key == QLatin1String("limit")) {
            const auto v = parseInt(key, value, 1, MaxLimit, error);
            if (!v)
                return std::nullopt;
            out.limit = *v;
        } else if (key == QLatin1String("funnel")) {
            out.funnel = value.trimmed();
        } else if (key == QLatin1String("step")) {
            // "/pricing" (a path pattern) or "event:Signup"
            FunnelStep step;
            if (value.startsWith(QLatin1String("event:")))
                step.match = {Matcher::Kind::Event, value.mid(6).trimmed()};
            else
                step.match = {Matcher::Kind::Page, value.trimmed()};
            QString why;
            if (!step.match.validate(&why)
                || (step.match.kind == Matcher::Kind::Page
                    && !query::GlobPattern::check(step.match.value, &why))) {
                *error = QStringLiteral("step %1: %2").arg(out.steps.size() + 1).arg(why);
                return std::nullopt;
            }
            out.steps.append(step);
        } else if (key == QLatin1String("offset")) {
            const auto v = parseInt(key, value, 0, MaxOffset, error);
            if (!v)
                return std::nullopt;
            out.offset = *v;
        }
    }
    if ((!from.isEmpty() || !to.isEmpty()) && period.isEmpty())
        period = QStringLiteral("custom");
    if ((!from.isEmpty() || !to.isEmpty()) && period != QLatin1String("custom")) {
        *error = QStringLiteral("from and to make a custom range: use them with period=custom "
                                "(or without period)");
        return std::nullopt;
    }
    const auto p = query::Period::parse(period, date, from, to, error);
    if (!p)
        return std::nullopt;
    out.period = *p;
    if (!query::GlobPattern::checkFilters(out.filters, error))
        return std::nullopt;
    return out;
}

} // namespace raycstr
