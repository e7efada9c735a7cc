#include "query/querytypes.h"

namespace raycstr::query {

namespace {

struct PeriodName
{
    const char *name;
    Period::Kind kind;
};

constexpr PeriodName periodNames[] = {
    {"24h", Period::Kind::Last24h},   {"day", Period::Kind::Day},
    {"today", Period::Kind::Today},   {"7d", Period::Kind::Last7d},
    {"30d", Period::Kind::Last30d},   {"90d", Period::Kind::Last90d},
    {"month", Period::Kind::Month},   {"12mo", Period::Kind::Last12mo},
    {"custom", Period::Kind::Custom},
};

std::optional<QDate> parseDate(const QString &text, const char *what, QString *error)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid() && text.size() == 10 && (d.year() < 2019 || d.year() > 2053)) {
        *error = QStringLiteral("%1 must lie between 2019 and 2053, not \"%2\"")
                     .arg(QLatin1StringView(what), text);
        return std::nullopt;
    }
    if (!d.isValid() || text.size() != 10) {
        *error = QStringLiteral("%1 must be a date as YYYY-MM-DD, not \"%2\"")
                     .arg(QLatin1StringView(what), text);
        return std::nullopt;
    }
    return d;
}

} // namespace

std::optional<Period> Period::parse(const QString &period, const QString &date, const QString &from,
                                    const QString &to, QString *error)
{
    Period p;
    const QString name = period.isEmpty() ? QStringLiteral("30d") : period;
    bool found = false;
    for (const auto &n : periodNames) {
        if (name == QLatin1StringView(n.name)) {
            p.kind = n.kind;
            found = true;
        }
    }
    if (!found) {
        *error = QStringLiteral("unknown period \"%1\"; use one of 24h, today, day, 7d, 30d, "
                                "90d, month, 12mo, custom")
                     .arg(name);
        return std::nullopt;
    }
    if (p.kind == Kind::Custom) {
        // Plausible sends custom ranges as date=2024-01-01,2024-01-31.
        QString f = from, t = to;
        if (f.isEmpty() && t.isEmpty() && date.contains(QLatin1Char(','))) {
            f = date.section(QLatin1Char(','), 0, 0);
            t = date.section(QLatin1Char(','), 1, 1);
        }
        if (f.isEmpty() || t.isEmpty()) {
            *error = QStringLiteral("period=custom needs from and to dates (or "
                                    "date=YYYY-MM-DD,YYYY-MM-DD)");
            return std::nullopt;
        }
        auto a = parseDate(f, "from", error);
        if (!a)
            return std::nullopt;
        auto b = parseDate(t, "to", error);
        if (!b)
            return std::nullopt;
        if (*b < *a) {
            *error = QStringLiteral("the custom range ends (%1) before it starts (%2)").arg(t, f);
            return std::nullopt;
        }
        if (a->daysTo(*b) > 3660) {
            *error = QStringLiteral("a custom range may span at most ten years");
            return std::nullopt;
        }
        p.from = *a;
        p.to = *b;
        return p;
    }
    if (!date.isEmpty()) {
        auto d = parseDate(date, "date", error);
        if (!d)
            return std::nullopt;
        p.date = *d;
    }
    return p;
}

QString Period::name() const
{
    for (const auto &n : periodNames) {
        if (n.kind == kind)
            return QString::fromLatin1(n.name);
    }
    return QString();
}

std::optional<Field> Field::parse(const QString &name, QString *error)
{
    Field f;
    // Plausible's property names: "event:page", "visit:source", "event:props:plan".
    QString n = name;
    if (n.startsWith(QLatin1String("event:props:"))) {
        f.dim = Dimension::EventName;
        f.prop = n.mid(12);
    } else if (n.startsWith(QLatin1String("prop:"))) {
        f.dim = Dimension::EventName;
        f.prop = n.mid(5);
    } else if (n == QLatin1String("goal")) {
        f.goal = true;
        return f;
    } else {
        if (n.startsWith(QLatin1String("event:")) || n.startsWith(QLatin1String("visit:")))
            n = n.section(QLatin1Char(':'), 1);
        // Plausible's spellings of ours.
        if (n == QLatin1String("name") || n == QLatin1String("goal"))
            n = QStringLiteral("event_name");
        else if (n == QLatin1String("entry_page_hostname") || n == QLatin1String("hostname"))
            n = QStringLiteral("hostname");
        for (int i = 1; i < int(Dimension::Count); ++i) {
            if (dimensionName(Dimension(i)) == n) {
                f.dim = Dimension(i);
                return f;
            }
        }
        *error = QStringLiteral("unknown property \"%1\"").arg(name);
        return std::nullopt;
    }
    if (f.prop.isEmpty() || f.prop.size() > Limits::MaxPropKeyLength) {
        *error = QStringLiteral("a property filter needs a property name: \"%1\"").arg(name);
        return std::nullopt;
    }
    return f;
}

QString Field::name() const
{
    if (goal)
        return QStringLiteral("goal");
    return isProp() ? QStringLiteral("prop:") + prop : dimensionName(dim);
}

QStringList vitalMetrics()
{
    return {QStringLiteral("LCP"), QStringLiteral("CLS"), QStringLiteral("INP"),
            QStringLiteral("TTFB"), QStringLiteral("FCP")};
}

QString ImportsUse::skipReason() const
{
    switch (skip) {
    case Skip::None:
        break;
    case Skip::NotRequested:
        return QStringLiteral("not_requested");
    case Skip::NoImportedData:
        return QStringLiteral("no_imported_data");
    case Skip::UnsupportedQuery:
        return QStringLiteral("unsupported_query");
    case Skip::UnsupportedInterval:
        return QStringLiteral("unsupported_interval");
    }
    return QString();
}

bool isImportedDimension(Dimension dim)
{
    switch (dim) {
    case Dimension::Page:
    case Dimension::EntryPage:
    case Dimension::ExitPage:
    case Dimension::Source:
    case Dimension::Referrer:
    case Dimension::UtmSource:
    case Dimension::UtmMedium:
    case Dimension::UtmCampaign:
    case Dimension::UtmContent:
    case Dimension::UtmTerm:
    case Dimension::Country:
    case Dimension::Device:
    case Dimension::Browser:
    case Dimension::Os:
    case Dimension::EventName:
        return true;
    default:
        return false;
    }
}

} // namespace raycstr::query
