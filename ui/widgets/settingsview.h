#pragma once

#include "ui/data/datasource.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QLabel;
class QTableView;
class QPushButton;

namespace raycstr::ui {

class ApiKeysModel;
class SitesModel;
class TimeZoneBox;

class AppSettings;

// Sites and their time zones, API keys, the embedded collector's settings (listen address, data folder,
// GeoIP database, raw-event retention) and the interface language (saved at once, used from
// the next start). Changes to the collector apply on "Apply"
// (the window restarts the collector with them).
//
// Where the statistics come from is chosen on a row of its own that is never disabled:
// "Connect to a server…" always, and "Use this computer's collector" whenever the window is
// not showing it (remote mode, or nothing at all after a cancelled prompt or wizard), so no
// state leaves the app without a way back.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    SettingsView(AppSettings *settings, DataSource *source, QWidget *parent = nullptr);

    void setSource(DataSource *source);
    void reload();
    // The collector's current address, shown read-only beside the setting.
    void setCollectorStatus(const QString &status);
    // The sites table: the window's list of the source's sites (one request for both).
    void setSites(const QList<raycstr::ui::SiteInfo> &sites);

    // For tests: the form's fields.
    QLineEdit *listenEdit() const { return m_listen; }
    QLineEdit *dataDirEdit() const { return m_dataDir; }
    QLineEdit *newSiteEdit() const { return m_newSite; }
    QPushButton *addSiteButton() const { return m_addSite; }
    QTableView *sitesTable() const { return m_sites; }
    QTableView *keysTable() const { return m_keys; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *zoneSiteBox() const { return m_zoneSite; }
    TimeZoneBox *timeZoneBox() const { return m_zone; }
    QPushButton *setZoneButton() const { return m_setZone; }

Q_SIGNALS:
    // The collector settings were changed and saved: restart it.
    void collectorSettingsChanged();
    void message(const QString &text);
    // Switch between a headless server and this computer's collector.
    void remoteRequested();
    void localRequested();

private:
    void apply();
    void requestKeys();
    void showZoneOf(int siteRow);
    void updateZoneButton();

    AppSettings *m_settings;
    DataSource *m_source = nullptr;
    QLineEdit *m_listen;
    QLineEdit *m_dataDir;
    QLineEdit *m_geoip;
    QSpinBox *m_retention;
    QLabel *m_status;
    QLineEdit *m_newSite;
    QPushButton *m_addSite;
    SitesModel *m_sitesModel;
    ApiKeysModel *m_keysModel;
    QTableView *m_sites;
    QTableView *m_keys;
    QLineEdit *m_keyLabel;
    QLabel *m_newKey;
    QList<QMetaObject::Connection> m_connections; // m_source's announcements
    Lane m_keysLane;
    QWidget *m_adminBox;
    QLabel *m_remoteNote;
    QPushButton *m_useLocal;
    QPushButton *m_connect;
    QComboBox *m_language;
    QWidget *m_languageCard;
    // The time zone of a site: here in local mode, through the server's admin route remotely.
    QList<SiteInfo> m_siteList;
    QComboBox *m_zoneSite;
    TimeZoneBox *m_zone;
    QPushButton *m_setZone;
    QWidget *m_zoneCard;
};

} // namespace raycstr::ui
