#pragma once

#include "report/report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace raycstr::report {

// A report as mail: subject, plain text and HTML (table layout and inline styles only, the
// chart as HTML bars: what common mail clients render), in the recipient's language. Each
// renderer holds its own translator, so reports for recipients of different languages can
// be made side by side without touching the application's installed translators.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::report::ReportRenderer)
public:
    // `language`: "de", "fr", "es"; "" or "en" (or one RayCstr is not translated into):
    // English.
    explicit ReportRenderer(const QString &language);

    QString subject(const Report &report) const;
    QString text(const Report &report) const;
    QString html(const Report &report) const;
    // Why the recipient gets this and how to stop it (the foot of both parts).
    QString unsubscribe(const Report &report) const;

private:
    struct Kpi
    {
        QString label, value, change;
    };
    QList<Kpi> kpisOf(const Report &report) const;
    QString comparedWith(const Report &report) const;
    QString kindName(const Report &report) const;
    QString t(const char *source) const;
    QString number(qint64 n) const { return m_locale.toString(n); }
    QString duration(double secs) const;
    QString bounceRate(const Metrics &m) const;
    QString change(double now, double before) const;
    QString periodText(const ReportPeriod &p) const;
    QString valueOrNone(const QString &value) const;

    QTranslator m_translator;
    bool m_translated = false;
    QLocale m_locale;
};

} // namespace raycstr::report
