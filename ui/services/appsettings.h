#pragma once

#include "core/config.h"

#include <QHostAddress>
#include <QSettings>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace raycstr::ui {

// The desktop app's settings, typed, in one place (QSettings underneath). Never holds a
// secret: a remote server's key lives in the SecretStore.
class AppSettings
{
public:
    // The user's settings (QSettings' default place).
    AppSettings();
    // A settings file of its own (tests, --settings FILE).
    explicit AppSettings(const QString &iniPath);

    enum class Mode { Local, Remote };

    bool firstRunDone() const;
    void setFirstRunDone(bool done);
    Mode mode() const;
    void setMode(Mode mode);

    // The embedded collector.
    QString listenAddress() const; // "127.0.0.1:8080"
    void setListenAddress(const QString &address);
    QString dataDir() const; // empty: the default data dir
    void setDataDir(const QString &dir);
    QString geoipDatabase() const; // empty: look in the default places
    void setGeoipDatabase(const QString &path);
    int retentionDays() const;
    void setRetentionDays(int days);

    // Remote mode.
    QUrl remoteUrl() const;
    void setRemoteUrl(const QUrl &url);
    QStringList remoteSites() const;
    void setRemoteSites(const QStringList &sites);

    // The interface language: "" follows the system, else "de", "fr", "es" or "en". Read once
    // at start (app/desktop/main.cpp): a change applies when RayCstr is restarted.
    QString language() const;
    void setLanguage(const QString &code);

    QString lastSite() const;
    void setLastSite(const QString &site);
    QString lastPeriod() const; // Period::name()
    void setLastPeriod(const QString &period);

    // Where the embedded collector's report and alert mail leaves: everything but the
    // password, which lives in the SecretStore (SmtpPasswordKey).
    SmtpSettings smtp() const;
    void setSmtp(const SmtpSettings &smtp);
    static constexpr auto SmtpPasswordKey = "smtp-password";
    // The e-mail reports the embedded collector sends (at most one per site).
    QList<ReportSchedule> reports() const;
    void setReports(const QList<ReportSchedule> &reports);

    // Whether the first close to the tray has said that RayCstr keeps collecting there.
    bool closeNoticeShown() const;
    void setCloseNoticeShown(bool shown);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace raycstr::ui
