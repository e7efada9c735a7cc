#include "report/reportrenderer.h"

#include "core/language.h"

#include <cmath>

namespace raycstr::report {

namespace {

// The colours of the dashboard: one accent, greys for the rest.
constexpr auto Accent = "#4f46e5";
constexpr auto Muted = "#6b7280";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReportRenderer::ReportRenderer(const QString &language)
    : m_locale(QLocale::c())
{
    const QString code = language.isEmpty() ? QStringLiteral("en") : language;
    if (code != QLatin1String("en") && language::translated().contains(code))
        m_translated = m_translator.load(QStringLiteral("raycstr_") + code, QStringLiteral(":/i18n"));
    if (const auto locale = language::resolve(code); locale && (m_translated || code == u"en"))
        m_locale = *locale;
    else
        m_locale = QLocale(QLocale::English, QLocale::UnitedStates);
}

QString ReportRenderer::t(const char *source) const
{
    if (m_translated) {
        const QString s = m_translator.translate("raycstr::report::ReportRenderer", source);
        if (!s.isEmpty())
            return s;
    }
    return QString::fromUtf8(source);
}

QString ReportRenderer::duration(double secs) const
{
    const qint64 s = qint64(std::llround(secs));
    return s >= 60 ? QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1s").arg(s);
}

QString ReportRenderer::bounceRate(const Metrics &m) const
{
    return m.visits ? m_locale.toString(m.bounceRate(), 'f', 0) + QStringLiteral(" %")
                    : QStringLiteral("—");
}

QString ReportRenderer::change(double now, double before) const
{
    if (before <= 0)
        return now > 0 ? t(QT_TR_NOOP("new")) : QStringLiteral("—");
    const double pct = 100.0 * (now - before) / before;
    const QString sign = pct > 0.5 ? QStringLiteral("+") : QString();
    return sign + m_locale.toString(pct, 'f', 0) + QStringLiteral(" %");
}

QString ReportRenderer::periodText(const ReportPeriod &p) const
{
    return m_locale.toString(p.from, QLocale::ShortFormat) + QStringLiteral(" – ")
        + m_locale.toString(p.to, QLocale::ShortFormat);
}

QString ReportRenderer::valueOrNone(const QString &value) const
{
    return value.isEmpty() ? t(QT_TR_NOOP("Direct / none")) : value;
}

QString ReportRenderer::subject(const Report &r) const
{
    return QStringLiteral("%1 · %2 · %3").arg(r.site.domain, kindName(r), periodText(r.period));
}

QList<ReportRenderer::Kpi> ReportRenderer::kpisOf(const Report &r) const
{
    const Metrics &c = r.current, &p = r.previous;
    return {
        {t(QT_TR_NOOP("Unique visitors")), number(c.visitors), change(c.visitors, p.visitors)},
        {t(QT_TR_NOOP("Visits")), number(c.visits), change(c.visits, p.visits)},
        {t(QT_TR_NOOP("Pageviews")), number(c.pageviews), change(c.pageviews, p.pageviews)},
        {t(QT_TR_NOOP("Bounce rate")), bounceRate(c), change(c.bounceRate(), p.bounceRate())},
        {t(QT_TR_NOOP("Visit duration")), duration(c.avgDuration()),
         change(c.avgDuration(), p.avgDuration())},
    };
}

QString ReportRenderer::comparedWith(const Report &r) const
{
    return r.period.cadence == Cadence::Week ? t(QT_TR_NOOP("vs. the week before"))
                                             : t(QT_TR_NOOP("vs. the month before"));
}

QString ReportRenderer::kindName(const Report &r) const
{
    return r.period.cadence == Cadence::Week ? t(QT_TR_NOOP("weekly report"))
                                             : t(QT_TR_NOOP("monthly report"));
}

QString ReportRenderer::unsubscribe(const Report &r) const
{
    return t(QT_TR_NOOP("You get this report because the RayCstr server of %1 lists your "
                        "address. To stop it, reply with \"unsubscribe\" or ask the site's "
                        "owner to take you off its reports."))
        .arg(r.site.domain);
}

QString ReportRenderer::text(const Report &r) const
{
    const QString vs = comparedWith(r);
    QString out = subject(r) + QStringLiteral("\n\n");
    const QList<Kpi> kpis = kpisOf(r);
    for (const Kpi &k : kpis)
        out += QStringLiteral("%1: %2 (%3 %4)\n").arg(k.label, k.value, k.change, vs);
    const std::pair<const char *, const QList<query::BreakdownRow> *> tables[]
        = {{QT_TR_NOOP("Top pages"), &r.pages},
           {QT_TR_NOOP("Top sources"), &r.sources},
           {QT_TR_NOOP("Top countries"), &r.countries}};
    for (const auto &[title, rows] : tables) {
        out += QStringLiteral("\n") + t(title) + QStringLiteral("\n");
        if (rows->isEmpty())
            out += QStringLiteral("  —\n");
        for (const query::BreakdownRow &row : *rows)
            out += QStringLiteral("  %1  %2\n").arg(number(row.metrics.visitors), -8).arg(valueOrNone(row.value));
    }
    if (!r.goals.isEmpty()) {
        out += QStringLiteral("\n") + t(QT_TR_NOOP("Goal conversions")) + QStringLiteral("\n");
        for (const query::GoalRow &g : r.goals)
            out += QStringLiteral("  %1  %2 (%3 %)\n")
                       .arg(number(g.uniques), -8)
                       .arg(g.goal.name, m_locale.toString(g.conversionRate, 'f', 1));
    }
    out += QStringLiteral("\n-- \n") + unsubscribe(r) + QStringLiteral("\n");
    return out;
}

QString ReportRenderer::html(const Report &r) const
{
    const QString vs = comparedWith(r);
    QString h = QStringLiteral(
                    "<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                    "<body style=\"margin:0;padding:0;background:#f3f4f6;\">"
                    "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
                    "style=\"background:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:24px;\">"
                    "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
                    "style=\"background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#111827;"
                    "border-radius:8px;\"><tr><td style=\"padding:24px;\">"
                    "<h1 style=\"margin:0;font-size:20px;\">%2</h1>"
                    "<p style=\"margin:4px 0 16px;color:%3;font-size:13px;\">%4 · %5</p>")
                    .arg(esc(subject(r)), esc(r.site.domain), QLatin1String(Muted),
                         esc(kindName(r)),
                         esc(periodText(r.period)));
    const QList<Kpi> kpis = kpisOf(r);
    h += QStringLiteral("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" "
                        "cellspacing=\"0\"><tr>");
    for (const Kpi &k : kpis)
        h += QStringLiteral("<td valign=\"top\" style=\"padding:8px 4px;\">"
                            "<div style=\"font-size:11px;color:%1;\">%2</div>"
                            "<div style=\"font-size:20px;font-weight:bold;\">%3</div>"
                            "<div style=\"font-size:11px;color:%1;\">%4</div></td>")
                 .arg(QLatin1String(Muted), esc(k.label), esc(k.value), esc(k.change));
    h += QStringLiteral("</tr></table><p style=\"font-size:11px;color:%1;margin:0 0 16px;\">%2</p>")
             .arg(QLatin1String(Muted), esc(vs));

    // Visitors per day: one bar per day, as table cells (no images, no scripts).
    qint64 top = 1;
    for (const qint64 v : r.visitorsPerDay)
        top = std::max(top, v);
    h += QStringLiteral("<h2 style=\"font-size:14px;margin:16px 0 8px;\">%1</h2>"
                        "<table role=\"presentation\" width=\"100%\" height=\"80\" cellpadding=\"0\" "
                        "cellspacing=\"2\"><tr>")
             .arg(esc(t(QT_TR_NOOP("Visitors per day"))));
    for (const qint64 v : r.visitorsPerDay) {
        const int px = int(std::lround(76.0 * double(v) / double(top)));
        h += QStringLiteral("<td valign=\"bottom\" title=\"%1\"><div style=\"height:%2px;"
                            "background:%3;font-size:1px;line-height:1px;\">&nbsp;</div></td>")
                 .arg(number(v))
                 .arg(std::max(px, 1))
                 .arg(QLatin1String(v ? Accent : "#e5e7eb"));
    }
    h += QStringLiteral("</tr></table>");

    const auto table = [&](const QString &title, const QString &column,
                           const QList<QPair<QString, QString>> &rows) {
        h += QStringLiteral("<h2 style=\"font-size:14px;margin:16px 0 8px;\">%1</h2>"
                            "<table role=\"presentation\" width=\"100%\" cellpadding=\"4\" "
                            "cellspacing=\"0\" style=\"font-size:13px;\">"
                            "<tr><td style=\"color:%2;\"></td><td align=\"right\" "
                            "style=\"color:%2;\">%3</td></tr>")
                 .arg(esc(title), QLatin1String(Muted), esc(column));
        if (rows.isEmpty())
            h += QStringLiteral("<tr><td>—</td><td></td></tr>");
        for (const auto &[name, value] : rows)
            h += QStringLiteral("<tr><td style=\"border-top:1px solid #e5e7eb;\">%1</td>"
                                "<td align=\"right\" style=\"border-top:1px solid #e5e7eb;\">%2"
                                "</td></tr>")
                     .arg(esc(name), esc(value));
        h += QStringLiteral("</table>");
    };
    const std::pair<const char *, const QList<query::BreakdownRow> *> tables[]
        = {{QT_TR_NOOP("Top pages"), &r.pages},
           {QT_TR_NOOP("Top sources"), &r.sources},
           {QT_TR_NOOP("Top countries"), &r.countries}};
    for (const auto &[title, rows] : tables) {
        QList<QPair<QString, QString>> cells;
        for (const query::BreakdownRow &row : *rows)
            cells.append({valueOrNone(row.value), number(row.metrics.visitors)});
        table(t(title), t(QT_TR_NOOP("Visitors")), cells);
    }
    if (!r.goals.isEmpty()) {
        QList<QPair<QString, QString>> cells;
        for (const query::GoalRow &g : r.goals)
            cells.append({g.goal.name, QStringLiteral("%1 (%2 %)").arg(
                                           number(g.uniques),
                                           m_locale.toString(g.conversionRate, 'f', 1))});
        table(t(QT_TR_NOOP("Goal conversions")), t(QT_TR_NOOP("Conversions")), cells);
    }
    h += QStringLiteral("<p style=\"font-size:11px;color:%1;margin:24px 0 0;\">%2</p>"
                        "</td></tr></table></td></tr></table></body></html>")
             .arg(QLatin1String(Muted), esc(unsubscribe(r)));
    return h;
}

} // namespace raycstr::report
