#include "settingsview.h"

#include "ui/models/adminmodels.h"

#include "core/config.h"
#include "core/language.h"
#include "ui/services/appsettings.h"
#include "ui/widgets/card.h"
#include "ui/widgets/timezonebox.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace raycstr::ui {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < model->columnCount(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    t->setMinimumHeight(150);
    styleCardTable(t);
    return t;
}
} // namespace

SettingsView::SettingsView(AppSettings *settings, DataSource *source, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_listen(new QLineEdit(this))
    , m_dataDir(new QLineEdit(this))
    , m_geoip(new QLineEdit(this))
    , m_retention(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_newSite(new QLineEdit(this))
    , m_addSite(new QPushButton(tr("Add site"), this))
    , m_sitesModel(new SitesModel(this))
    , m_keysModel(new ApiKeysModel(this))
    , m_sites(makeTable(m_sitesModel, this))
    , m_keys(makeTable(m_keysModel, this))
    , m_keyLabel(new QLineEdit(this))
    , m_newKey(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_zoneSite(new QComboBox(this))
    , m_zone(new TimeZoneBox(this))
    , m_setZone(new QPushButton(tr("Change time zone"), this))
{
    QVBoxLayout *outer = nullptr;
    QWidget *content = scrollingContent(this, &outer);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(20, 16, 20, 20);
    grid->setSpacing(14);

    // Collector.
    auto *collector = new Card(tr("Embedded collector"), content);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8080"));
    m_listen->setToolTip(tr("Where the collector takes events: 127.0.0.1:8080 for this machine "
                            "only, :8080 for every network interface."));
    auto buddy = [content](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, content);
        label->setBuddy(field);
        return label;
    };
    form->addRow(buddy(tr("Listen &address"), m_listen), m_listen);
    auto *dataRow = new QHBoxLayout;
    m_dataDir->setPlaceholderText(QDir::toNativeSeparators(defaultDataDir()));
    auto *browseData = new QPushButton(tr("Browse…"), content);
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(browseData);
    form->addRow(buddy(tr("&Data folder"), m_dataDir), dataRow);
    auto *geoRow = new QHBoxLayout;
    m_geoip->setPlaceholderText(findGeoIpDatabase().isEmpty() ? tr("none found: countries unknown")
                                                              : findGeoIpDatabase());
    auto *browseGeo = new QPushButton(tr("Browse…"), content);
    geoRow->addWidget(m_geoip, 1);
    geoRow->addWidget(browseGeo);
    form->addRow(buddy(tr("&GeoIP database"), m_geoip), geoRow);
    m_retention->setRange(1, 3650);
    // The unit's plural form follows the number.
    connect(m_retention, &QSpinBox::valueChanged, this, [this](int days) {
        m_retention->setSuffix(tr(" days", "after the number of days", days));
    });
    m_retention->setSuffix(tr(" days", "after the number of days", 90));
    m_retention->setToolTip(tr("Raw events older than this are deleted; the daily rollups "
                               "behind the dashboard are kept."));
    form->addRow(buddy(tr("&Keep raw events for"), m_retention), m_retention);
    form->addRow(tr("Status"), m_status);
    collector->body()->addLayout(form);
    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    auto *apply = new QPushButton(tr("Apply and restart collector"), content);
    applyRow->addWidget(apply);
    collector->body()->addLayout(applyRow);
    collector->body()->addStretch(1);
    grid->addWidget(collector, 0, 0);

    // Sites.
    auto *sites = new Card(tr("Sites"), content);
    sites->body()->addWidget(m_sites);
    auto *addRow = new QHBoxLayout;
    m_newSite->setPlaceholderText(tr("yoursite.com"));
    m_newSite->setAccessibleName(tr("New site domain"));
    auto *removeSite = new QPushButton(tr("Remove…"), content);
    addRow->addWidget(m_newSite, 1);
    addRow->addWidget(m_addSite);
    addRow->addWidget(removeSite);
    sites->body()->addLayout(addRow);
    grid->addWidget(sites, 0, 1);

    // API keys.
    auto *keys = new Card(tr("API keys"), content);
    auto *keysNote = new QLabel(tr("Keys let scripts and other RayCstr apps read your statistics "
                                   "over the stats API. A key is shown once, when it is created."),
                                content);
    keysNote->setWordWrap(true);
    keysNote->setEnabled(false);
    keys->body()->addWidget(keysNote);
    keys->body()->addWidget(m_keys);
    auto *keyRow = new QHBoxLayout;
    m_keyLabel->setPlaceholderText(tr("Label, e.g. \"laptop\""));
    auto *createKey = new QPushButton(tr("Create key"), content);
    auto *revokeKey = new QPushButton(tr("Revoke"), content);
    keyRow->addWidget(m_keyLabel, 1);
    keyRow->addWidget(createKey);
    keyRow->addWidget(revokeKey);
    keys->body()->addLayout(keyRow);
    m_newKey->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_newKey->setWordWrap(true);
    m_newKey->hide();
    keys->body()->addWidget(m_newKey);
    grid->addWidget(keys, 1, 0, 1, 2);
    // Language: the app's own, not the collector's, so it stays enabled in remote mode.
    auto *languageCard = new Card(tr("Language"), content);
    m_languageCard = languageCard;
    auto *languageRow = new QHBoxLayout;
    m_language->addItem(tr("System default"), QString());
    QStringList codes = language::translated() << QStringLiteral("en");
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        return language::nativeName(a) < language::nativeName(b);
    });
    for (const QString &code : codes)
        m_language->addItem(language::nativeName(code), code);
    m_language->setAccessibleName(tr("Language"));
    auto *languageNote = new QLabel(tr("Takes effect when RayCstr is restarted."), content);
    languageNote->setEnabled(false);
    languageRow->addWidget(buddy(tr("&Interface language"), m_language));
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageNote, 1);
    languageCard->body()->addLayout(languageRow);
    grid->addWidget(languageCard, 2, 0);
    // A site's time zone: where its days start in every report. A card of its own, as a
    // server's admin key may change it remotely too.
    auto *zoneCard = new Card(tr("Time zone"), content);
    m_zoneCard = zoneCard;
    auto *zoneForm = new QFormLayout;
    zoneForm->setLabelAlignment(Qt::AlignRight);
    zoneForm->setHorizontalSpacing(14);
    m_zoneSite->setAccessibleName(tr("Site"));
    zoneForm->addRow(buddy(tr("S&ite"), m_zoneSite), m_zoneSite);
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zone, 1);
    zoneRow->addWidget(m_setZone);
    zoneForm->addRow(buddy(tr("&Time zone"), m_zone), zoneRow);
    zoneCard->body()->addLayout(zoneForm);
    auto *zoneNote = new QLabel(tr("Where the site's days start in every report, from now on: "
                                   "days already counted keep their totals."),
                                content);
    zoneNote->setWordWrap(true);
    zoneNote->setEnabled(false);
    zoneCard->body()->addWidget(zoneNote);
    grid->addWidget(zoneCard, 2, 1);
    // Where the statistics come from: outside the cards, so never disabled with them.
    m_remoteNote = new QLabel(content);
    m_remoteNote->setWordWrap(true);
    m_connect = new QPushButton(tr("Connect to a server…"), content);
    m_connect->setToolTip(
        tr("Show the statistics of a headless raycstr-server (e.g. on your VPS)"));
    connect(m_connect, &QPushButton::clicked, this, &SettingsView::remoteRequested);
    m_useLocal = new QPushButton(tr("Use this computer's collector instead"), content);
    connect(m_useLocal, &QPushButton::clicked, this, &SettingsView::localRequested);
    // Above the scrolled cards: in sight whatever the window's height.
    auto *sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(20, 12, 20, 0);
    sourceRow->addWidget(m_remoteNote, 1);
    sourceRow->addWidget(m_connect);
    sourceRow->addWidget(m_useLocal);
    outer->insertLayout(0, sourceRow);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 1);
    m_adminBox = sites;

    connect(apply, &QPushButton::clicked, this, &SettingsView::apply);
    connect(m_zoneSite, &QComboBox::currentIndexChanged, this, &SettingsView::showZoneOf);
    connect(m_zone, &TimeZoneBox::timeZoneChanged, this, &SettingsView::updateZoneButton);
    connect(m_setZone, &QPushButton::clicked, this, [this] {
        const SiteInfo site = m_siteList.value(m_zoneSite->currentIndex());
        if (!m_source || site.domain.isEmpty() || m_zone->timeZone().isEmpty())
            return;
        m_setZone->setEnabled(false);
        m_source->ask(admin::SetTimeZone {site.domain, m_zone->timeZone()}, this,
                      [this](const Answer<SiteInfo> &a) {
                          // Announced (sitesChanged brings the new list); a refusal leaves
                          // the choice to try again.
                          if (!a)
                              m_setZone->setEnabled(true);
                      });
    });
    updateZoneButton();
    connect(m_language, &QComboBox::activated, this, [this] {
        m_settings->setLanguage(m_language->currentData().toString());
        m_settings->sync();
        Q_EMIT message(tr("The new language is used when RayCstr is restarted."));
    });
    connect(browseData, &QPushButton::clicked, this, [this] {
        const QString d
            = QFileDialog::getExistingDirectory(this, tr("Data folder"), m_dataDir->text());
        if (!d.isEmpty())
            m_dataDir->setText(d);
    });
    connect(browseGeo, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("GeoIP database"), QString(),
                                                       tr("MaxMind databases (*.mmdb)"));
        if (!f.isEmpty())
            m_geoip->setText(f);
    });
    auto add = [this] {
        if (m_source && !m_newSite->text().trimmed().isEmpty())
            m_source->ask(admin::AddSite {m_newSite->text().trimmed(), defaultTimeZone()}, this,
                          [](const Answer<SiteInfo> &) {}); // announced: sitesChanged
    };
    connect(m_addSite, &QPushButton::clicked, this, add);
    connect(m_newSite, &QLineEdit::returnPressed, this, add);
    connect(removeSite, &QPushButton::clicked, this, [this] {
        const QString domain = m_sitesModel->domainAt(m_sites->currentIndex().row());
        if (!m_source || domain.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Remove site"),
                                  tr("Stop tracking %1 and delete all its data?").arg(domain))
            == QMessageBox::Yes)
            m_source->ask(admin::RemoveSite {domain}, this,
                          [](const Answer<qint64> &) {}); // announced: sitesChanged
    });
    connect(createKey, &QPushButton::clicked, this, [this] {
        if (!m_source)
            return;
        m_source->ask(admin::CreateApiKey {m_keyLabel->text().trimmed(), QString(), false}, this,
                      [this](const Answer<QByteArray> &secret) {
                          if (!secret)
                              return; // announced: changeFailed
                          m_newKey->setText(
                              tr("New key (copy it now, it is not shown again): <b>%1</b>")
                                  .arg(QString::fromLatin1(*secret)));
                          m_newKey->show();
                          m_keyLabel->clear();
                          requestKeys();
                      });
    });
    connect(revokeKey, &QPushButton::clicked, this, [this] {
        const qint64 id = m_keysModel->idAt(m_keys->currentIndex().row());
        if (m_source && id > 0)
            m_source->ask(admin::RevokeApiKey {id}, this,
                          [](const Answer<Done> &) {}); // announced: changeDone
    });
    reload();
    setSource(source);
}

void SettingsView::setSource(DataSource *source)
{
    for (const auto &c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_source = source;
    updateZoneButton();
    const bool admin = source && source->canAdminister();
    m_remoteNote->setText(
        source ? tr("Connected to a remote server: manage its sites and keys on the server with "
                    "'raycstr-server site' and 'raycstr-server token'.")
               : tr("No statistics are shown: use this computer's collector, or connect to a "
                    "server."));
    m_remoteNote->setVisible(!admin);
    m_useLocal->setVisible(!admin);
    for (QWidget *w : findChildren<Card *>())
        w->setEnabled(admin || w == m_languageCard || (source && w == m_zoneCard));
    if (!source)
        return;
    m_connections.append(
        connect(source, &DataSource::sitesChanged, m_newSite, &QLineEdit::clear));
    // A key's site may have gone, a key been revoked: the list again after any change.
    m_connections.append(
        connect(source, &DataSource::changeDone, this, &SettingsView::requestKeys));
    requestKeys();
}

void SettingsView::requestKeys()
{
    if (!m_source || !m_source->canAdminister())
        return;
    m_source->ask(m_keysLane, admin::ApiKeys {}, this, [this](const Answer<QList<ApiKeyRow>> &k) {
        if (k)
            m_keysModel->setKeys(*k);
    });
}

void SettingsView::reload()
{
    m_listen->setText(m_settings->listenAddress());
    m_dataDir->setText(m_settings->dataDir());
    m_geoip->setText(m_settings->geoipDatabase());
    m_retention->setValue(m_settings->retentionDays());
    const int language = m_language->findData(m_settings->language());
    m_language->setCurrentIndex(language >= 0 ? language : 0);
}

void SettingsView::setCollectorStatus(const QString &status)
{
    m_status->setText(status);
}

void SettingsView::apply()
{
    QHostAddress address;
    quint16 port = 0;
    QString error;
    if (!ServerConfig::parseListen(m_listen->text().trimmed(), &address, &port, &error)) {
        QMessageBox::warning(this, tr("Listen address"), error);
        return;
    }
    const QString before = m_settings->listenAddress();
    const QString after = m_listen->text().trimmed();
    m_settings->setListenAddress(after);
    m_settings->setDataDir(m_dataDir->text().trimmed());
    m_settings->setGeoipDatabase(m_geoip->text().trimmed());
    m_settings->setRetentionDays(m_retention->value());
    m_settings->sync();
    Q_EMIT collectorSettingsChanged();
    // The snippets already pasted into sites name the old address: moving the collector
    // silently would leave them sending to a dead port.
    if (after != before)
        Q_EMIT message(tr("The collector moved from %1 to %2: update the snippet on your sites.")
                           .arg(before, after));
}

void SettingsView::setSites(const QList<SiteInfo> &sites)
{
    m_sitesModel->setSites(sites);
    const QString current = m_zoneSite->currentText();
    m_siteList = sites;
    {
        const QSignalBlocker block(m_zoneSite);
        m_zoneSite->clear();
        for (const SiteInfo &s : sites)
            m_zoneSite->addItem(s.domain);
        m_zoneSite->setCurrentIndex(std::max(0, m_zoneSite->findText(current)));
    }
    showZoneOf(m_zoneSite->currentIndex());
}

void SettingsView::showZoneOf(int siteRow)
{
    m_zone->setTimeZone(m_siteList.value(siteRow).timeZone);
    updateZoneButton();
}

void SettingsView::updateZoneButton()
{
    const SiteInfo site = m_siteList.value(m_zoneSite->currentIndex());
    const QString zone = m_zone->timeZone();
    m_setZone->setEnabled(m_source && !site.domain.isEmpty() && !zone.isEmpty()
                          && zone != site.timeZone);
}

} // namespace raycstr::ui
