#include "appsettings.h"

namespace raycstr::ui {

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{ }

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

bool AppSettings::firstRunDone() const
{
    return m_settings->value(QStringLiteral("firstRunDone"), false).toBool();
}

void AppSettings::setFirstRunDone(bool done)
{
    m_settings->setValue(QStringLiteral("firstRunDone"), done);
}

AppSettings::Mode AppSettings::mode() const
{
    return m_settings->value(QStringLiteral("mode")).toString() == QLatin1String("remote")
        ? Mode::Remote
        : Mode::Local;
}

void AppSettings::setMode(Mode mode)
{
    m_settings->setValue(QStringLiteral("mode"),
                         mode == Mode::Remote ? QStringLiteral("remote") : QStringLiteral("local"));
}

QString AppSettings::listenAddress() const
{
    return m_settings->value(QStringLiteral("collector/listen"), QStringLiteral("127.0.0.1:8080"))
        .toString();
}

void AppSettings::setListenAddress(const QString &address)
{
    m_settings->setValue(QStringLiteral("collector/listen"), address);
}

QString AppSettings::dataDir() const
{
    return m_settings->value(QStringLiteral("collector/dataDir")).toString();
}

void AppSettings::setDataDir(const QString &dir)
{
    m_settings->setValue(QStringLiteral("collector/dataDir"), dir);
}

QString AppSettings::geoipDatabase() const
{
    return m_settings->value(QStringLiteral("collector/geoipDatabase")).toString();
}

void AppSettings::setGeoipDatabase(const QString &path)
{
    m_settings->setValue(QStringLiteral("collector/geoipDatabase"), path);
}

int AppSettings::retentionDays() const
{
    return m_settings->value(QStringLiteral("collector/retentionDays"), 90).toInt();
}

void AppSettings::setRetentionDays(int days)
{
    m_settings->setValue(QStringLiteral("collector/retentionDays"), days);
}

QUrl AppSettings::remoteUrl() const
{
    return m_settings->value(QStringLiteral("remote/url")).toUrl();
}

void AppSettings::setRemoteUrl(const QUrl &url)
{
    m_settings->setValue(QStringLiteral("remote/url"), url);
}

QStringList AppSettings::remoteSites() const
{
    return m_settings->value(QStringLiteral("remote/sites")).toStringList();
}

void AppSettings::setRemoteSites(const QStringList &sites)
{
    m_settings->setValue(QStringLiteral("remote/sites"), sites);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("view/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(QStringLiteral("view/language"));
    else
        m_settings->setValue(QStringLiteral("view/language"), code);
}

QString AppSettings::lastSite() const
{
    return m_settings->value(QStringLiteral("view/site")).toString();
}

void AppSettings::setLastSite(const QString &site)
{
    m_settings->setValue(QStringLiteral("view/site"), site);
}

bool AppSettings::closeNoticeShown() const
{
    return m_settings->value(QStringLiteral("ui/closeNoticeShown"), false).toBool();
}

void AppSettings::setCloseNoticeShown(bool shown)
{
    m_settings->setValue(QStringLiteral("ui/closeNoticeShown"), shown);
}

QString AppSettings::lastPeriod() const
{
    return m_settings->value(QStringLiteral("view/period"), QStringLiteral("30d")).toString();
}

void AppSettings::setLastPeriod(const QString &period)
{
    m_settings->setValue(QStringLiteral("view/period"), period);
}

SmtpSettings AppSettings::smtp() const
{
    SmtpSettings s;
    s.url = m_settings->value(QStringLiteral("smtp/url")).toString();
    s.startTls = m_settings->value(QStringLiteral("smtp/startTls"), true).toBool();
    s.username = m_settings->value(QStringLiteral("smtp/user")).toString();
    s.from = m_settings->value(QStringLiteral("smtp/from")).toString();
    s.caFile = m_settings->value(QStringLiteral("smtp/caFile")).toString();
    return s;
}

void AppSettings::setSmtp(const SmtpSettings &smtp)
{
    // Never the password: it goes to the keychain.
    m_settings->setValue(QStringLiteral("smtp/url"), smtp.url);
    m_settings->setValue(QStringLiteral("smtp/startTls"), smtp.startTls);
    m_settings->setValue(QStringLiteral("smtp/user"), smtp.username);
    m_settings->setValue(QStringLiteral("smtp/from"), smtp.from);
    m_settings->setValue(QStringLiteral("smtp/caFile"), smtp.caFile);
}

QList<ReportSchedule> AppSettings::reports() const
{
    QList<ReportSchedule> out;
    const int n = m_settings->beginReadArray(QStringLiteral("reports"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ReportSchedule r;
        r.site = m_settings->value(QStringLiteral("site")).toString();
        r.to = m_settings->value(QStringLiteral("to")).toStringList();
        r.every = m_settings->value(QStringLiteral("every"), QStringLiteral("week")).toString();
        r.hour = m_settings->value(QStringLiteral("hour"), 8).toInt();
        r.language = m_settings->value(QStringLiteral("language")).toString();
        out.append(r);
    }
    m_settings->endArray();
    return out;
}

void AppSettings::setReports(const QList<ReportSchedule> &reports)
{
    m_settings->remove(QStringLiteral("reports"));
    m_settings->beginWriteArray(QStringLiteral("reports"), int(reports.size()));
    for (int i = 0; i < reports.size(); ++i) {
        m_settings->setArrayIndex(i);
        const ReportSchedule &r = reports.at(i);
        m_settings->setValue(QStringLiteral("site"), r.site);
        m_settings->setValue(QStringLiteral("to"), r.to);
        m_settings->setValue(QStringLiteral("every"), r.every);
        m_settings->setValue(QStringLiteral("hour"), r.hour);
        m_settings->setValue(QStringLiteral("language"), r.language);
    }
    m_settings->endArray();
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace raycstr::ui
