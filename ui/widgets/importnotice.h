#pragma once

#include "import/importrun.h"
#include "query/querytypes.h"

#include <QLabel>

namespace raycstr::ui {

// The dashboard's line about imported history: "Includes imported data from Plausible,
// 1 Jan 2023 – 31 Oct 2026" when the period's numbers hold some, and, where a filter or an
// hourly view cannot use the imported daily sums, that they are left out (the reason the
// answer gives: query::ImportsUse). Hidden when the period touches no imported day.
//
// Raw imports (access logs, GoatCounter, GA4 BigQuery) are ordinary events: they count in
// every view of their days. Aggregate imports (Plausible, GA4 reports) count where the
// answer says so. The runs come from admin::Imports (this computer); a server offers no
// list, so remotely the line rests on the answer alone.
class ImportNotice : public QLabel
{
    Q_OBJECT
public:
    explicit ImportNotice(QWidget *parent = nullptr);

    // The site's imports that count (admin::Imports), or none.
    void setRuns(const QList<ImportRun> &runs);
    // What the period's totals said about imported data, and the period's local days.
    void setAnswer(const query::ImportsUse &use, const query::Interval &interval);
    void clear();

    // "Plausible", "access logs": a source as the line names it.
    static QString sourceName(const QString &source);

private:
    void refreshText();

    QList<ImportRun> m_runs;
    query::ImportsUse m_use;
    query::Interval m_interval;
    bool m_answered = false;
};

} // namespace raycstr::ui
