#include "importnotice.h"

#include "import/importjob.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

namespace raycstr::ui {

namespace {

QString dayText(qint64 day)
{
    return QLocale().toString(QDate(1970, 1, 1).addDays(day), QStringLiteral("d MMM yyyy"));
}

} // namespace

ImportNotice::ImportNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("importNotice"));
    setWordWrap(true);
    setEnabled(false); // a quiet line, in the palette's secondary text
    hide();
}

QString ImportNotice::sourceName(const QString &source)
{
    if (source == QLatin1String("plausible"))
        return tr("Plausible");
    if (source == QLatin1String("google-analytics"))
        return tr("Google Analytics");
    if (source == QLatin1String("ga4-bigquery"))
        return tr("Google Analytics (BigQuery)");
    if (source == QLatin1String("goatcounter"))
        return tr("GoatCounter");
    if (source == QLatin1String("access-log"))
        return tr("access logs");
    return source;
}

void ImportNotice::setRuns(const QList<ImportRun> &runs)
{
    m_runs = runs;
    refreshText();
}

void ImportNotice::setAnswer(const query::ImportsUse &use, const query::Interval &interval)
{
    m_use = use;
    m_interval = interval;
    m_answered = true;
    refreshText();
}

void ImportNotice::clear()
{
    m_runs.clear();
    m_answered = false;
    refreshText();
}

void ImportNotice::refreshText()
{
    using Skip = query::ImportsUse::Skip;
    const bool leftOut
        = m_use.skip == Skip::UnsupportedQuery || m_use.skip == Skip::UnsupportedInterval;
    // The runs with days in the period: raw ones always count, aggregate ones where the
    // answer took them.
    QStringList sources;
    qint64 first = 0, last = 0;
    bool aggregatesLeftOut = false;
    for (const ImportRun &run : std::as_const(m_runs)) {
        if (run.lastDay < m_interval.firstDay || run.firstDay > m_interval.lastDay)
            continue;
        if (ImportJob::isAggregateSource(run.source) && !m_use.included()) {
            aggregatesLeftOut = aggregatesLeftOut || leftOut;
            continue;
        }
        const QString name = sourceName(run.source);
        if (!sources.contains(name))
            sources.append(name);
        first = first ? std::min(first, run.firstDay) : run.firstDay;
        last = std::max(last, run.lastDay);
    }
    QStringList lines;
    if (!sources.isEmpty())
        lines.append(tr("Includes imported data from %1, %2 – %3")
                         .arg(QLocale().createSeparatedList(sources), dayText(first),
                              dayText(last)));
    else if (m_answered && m_use.included()) // remotely: no list of runs
        lines.append(tr("Includes imported data"));
    if (m_answered && leftOut && (aggregatesLeftOut || m_runs.isEmpty()))
        lines.append(m_use.skip == Skip::UnsupportedInterval
                         ? tr("Imported data is left out of hourly views: it holds daily "
                              "totals.")
                         : tr("Imported data is left out here: its daily totals cannot answer "
                              "this filter (one filter on a dimension it carries can)."));
    setText(lines.join(QStringLiteral(" · ")));
    setVisible(!lines.isEmpty());
}

} // namespace raycstr::ui
