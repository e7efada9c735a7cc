#include "reportsalertsview.h"

#include "core/language.h"
#include "ui/models/alertrulesmodel.h"
#include "ui/services/appsettings.h"
#include "ui/services/secretstore.h"
#include "ui/widgets/alertruledialog.h"
#include "ui/widgets/card.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace raycstr::ui {

namespace {

// The TLS modes a mail server offers, as SmtpSettings says them.
enum class Tls { StartTls, Implicit, None };

QStringList addressesIn(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}

} // namespace

ReportsAlertsView::ReportsAlertsView(AppSettings *settings, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_rules(new AlertRulesModel(this))
    , m_rulesView(new QTableView(this))
    , m_addRule(new QPushButton(tr("Add alert…"), this))
    , m_editRule(new QPushButton(tr("Edit…"), this))
    , m_removeRule(new QPushButton(tr("Remove"), this))
    , m_testRule(new QPushButton(tr("Send a test"), this))
    , m_rulesNote(new QLabel(this))
    , m_reportOn(new QCheckBox(tr("Send this site's report by e-mail"), this))
    , m_every(new QComboBox(this))
    , m_hour(new QSpinBox(this))
    , m_recipients(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_testReport(new QPushButton(tr("Send a test"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_tls(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_status(new QLabel(this))
    , m_serverNote(new QLabel(this))
{
    QWidget *content = scrollingContent(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(20, 16, 20, 20);
    grid->setSpacing(14);
    m_serverNote->setWordWrap(true);
    m_serverNote->hide();
    grid->addWidget(m_serverNote, 0, 0, 1, 2);

    // Alerts.
    auto *alerts = new Card(tr("Alerts"), content);
    m_rulesNote->setWordWrap(true);
    m_rulesNote->setEnabled(false);
    alerts->body()->addWidget(m_rulesNote);
    m_rulesView->setModel(m_rules);
    m_rulesView->verticalHeader()->hide();
    m_rulesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesView->setWordWrap(false);
    m_rulesView->horizontalHeader()->setSectionResizeMode(AlertRulesModel::WhenColumn,
                                                          QHeaderView::Stretch);
    for (int c = AlertRulesModel::CooldownColumn; c < AlertRulesModel::ColumnCount; ++c)
        m_rulesView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_rulesView->setMinimumHeight(160);
    m_rulesView->setAccessibleName(tr("Alerts"));
    styleCardTable(m_rulesView);
    alerts->body()->addWidget(m_rulesView);
    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(m_addRule);
    ruleRow->addWidget(m_editRule);
    ruleRow->addWidget(m_removeRule);
    ruleRow->addStretch(1);
    m_testRule->setToolTip(tr("Send the selected alert's test message now, by e-mail and webhook"));
    ruleRow->addWidget(m_testRule);
    alerts->body()->addLayout(ruleRow);
    grid->addWidget(alerts, 1, 0, 1, 2);

    auto buddy = [content](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, content);
        label->setBuddy(field);
        return label;
    };
    // The site's report.
    m_reportCard = new Card(tr("E-mail report"), content);
    auto *report = new QFormLayout;
    report->setLabelAlignment(Qt::AlignRight);
    report->addRow(QString(), m_reportOn);
    m_every->addItem(tr("Weekly (Mondays)"), QStringLiteral("week"));
    m_every->addItem(tr("Monthly (on the 1st)"), QStringLiteral("month"));
    report->addRow(buddy(tr("&Every"), m_every), m_every);
    m_hour->setRange(0, 23);
    m_hour->setSuffix(tr(":00"));
    m_hour->setToolTip(tr("The hour in the site's time zone"));
    report->addRow(buddy(tr("&At"), m_hour), m_hour);
    m_recipients->setPlaceholderText(tr("you@example.com, team@example.com"));
    report->addRow(buddy(tr("&Recipients"), m_recipients), m_recipients);
    m_language->addItem(QStringLiteral("English"), QString());
    for (const QString &code : language::translated())
        m_language->addItem(language::nativeName(code), code);
    report->addRow(buddy(tr("&Language"), m_language), m_language);
    m_reportCard->body()->addLayout(report);
    auto *reportRow = new QHBoxLayout;
    reportRow->addStretch(1);
    m_testReport->setToolTip(
        tr("Send the last complete week's (or month's) report to the recipients now"));
    reportRow->addWidget(m_testReport);
    m_reportCard->body()->addLayout(reportRow);
    m_reportCard->body()->addStretch(1);
    grid->addWidget(m_reportCard, 2, 0);

    // The mail server.
    m_smtpCard = new Card(tr("Mail server (SMTP)"), content);
    auto *smtp = new QFormLayout;
    smtp->setLabelAlignment(Qt::AlignRight);
    m_host->setPlaceholderText(tr("smtp.example.com"));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_port->setAccessibleName(tr("Port"));
    hostRow->addWidget(new QLabel(tr("Port"), content));
    hostRow->addWidget(m_port);
    smtp->addRow(buddy(tr("&Host"), m_host), hostRow);
    m_tls->addItem(tr("STARTTLS (port 587)"), int(Tls::StartTls));
    m_tls->addItem(tr("TLS from the start (port 465)"), int(Tls::Implicit));
    m_tls->addItem(tr("None (a relay on this machine only)"), int(Tls::None));
    smtp->addRow(buddy(tr("&Security"), m_tls), m_tls);
    m_user->setPlaceholderText(tr("empty: no login"));
    smtp->addRow(buddy(tr("&User"), m_user), m_user);
    m_password->setEchoMode(QLineEdit::Password);
    smtp->addRow(buddy(tr("&Password"), m_password), m_password);
    m_from->setPlaceholderText(tr("RayCstr <stats@example.com>"));
    smtp->addRow(buddy(tr("&Sender"), m_from), m_from);
    auto *caRow = new QHBoxLayout;
    m_caFile->setPlaceholderText(tr("optional: a private mail server's CA (PEM)"));
    auto *browseCa = new QPushButton(tr("Browse…"), content);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    smtp->addRow(buddy(tr("&CA certificate"), m_caFile), caRow);
    m_smtpCard->body()->addLayout(smtp);
    m_keychainNote = new QLabel(
        m_secrets->isPersistent() ? tr("The password is kept in %1, never in RayCstr's settings.")
                                        .arg(m_secrets->backendName())
                                  : tr("No keychain: the password is kept for this session only."),
        content);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setEnabled(false);
    m_smtpCard->body()->addWidget(m_keychainNote);
    m_smtpCard->body()->addStretch(1);
    grid->addWidget(m_smtpCard, 2, 1);

    // Save and the outcome of the last test, below both cards.
    auto *saveRow = new QHBoxLayout;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    saveRow->addWidget(m_status, 1);
    m_save->setToolTip(tr("Save the report and mail settings; the collector restarts with them"));
    saveRow->addWidget(m_save);
    grid->addLayout(saveRow, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 1);

    connect(m_tls, &QComboBox::activated, this, [this] {
        // The usual port of the mode, unless one was typed.
        const int usual[] = {587, 465, 25};
        if (m_port->value() == 587 || m_port->value() == 465 || m_port->value() == 25)
            m_port->setValue(usual[m_tls->currentIndex()]);
    });
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                       tr("PEM certificates (*.pem *.crt)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    connect(m_addRule, &QPushButton::clicked, this, [this] { editRule(-1); });
    connect(m_editRule, &QPushButton::clicked, this,
            [this] { editRule(m_rulesView->currentIndex().row()); });
    connect(m_rulesView, &QTableView::activated, this,
            [this](const QModelIndex &index) { editRule(index.row()); });
    connect(m_removeRule, &QPushButton::clicked, this,
            [this] { removeRule(m_rulesView->currentIndex().row()); });
    connect(m_testRule, &QPushButton::clicked, this,
            [this] { testRule(m_rulesView->currentIndex().row()); });
    connect(m_testReport, &QPushButton::clicked, this, &ReportsAlertsView::testReport);
    connect(m_save, &QPushButton::clicked, this, &ReportsAlertsView::save);
    connect(m_reportOn, &QCheckBox::toggled, this, &ReportsAlertsView::updateEnabled);
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReportsAlertsView::updateEnabled);
    connect(m_secrets, &SecretStore::readFinished, this,
            [this](const QString &key, const QByteArray &secret, const QString &) {
                if (key != QLatin1String(AppSettings::SmtpPasswordKey))
                    return;
                m_storedPassword = secret;
                if (!isRemote()) // a server's password is never shown
                    m_password->setText(QString::fromUtf8(secret));
            });
    reload();
    setSource(nullptr);
}

void ReportsAlertsView::showSmtp(const SmtpSettings &s)
{
    const QUrl url(s.url);
    m_host->setText(url.host());
    const bool implicit = url.scheme() == QLatin1String("smtps");
    m_tls->setCurrentIndex(m_tls->findData(int(implicit         ? Tls::Implicit
                                                   : s.startTls ? Tls::StartTls
                                                                : Tls::None)));
    m_port->setValue(url.port(implicit ? 465 : 587));
    m_user->setText(s.username);
    m_from->setText(s.from);
    m_caFile->setText(s.caFile);
}

void ReportsAlertsView::showReport(const QList<ReportSchedule> &reports)
{
    ReportSchedule found;
    bool on = false;
    for (const ReportSchedule &r : reports)
        if (r.site == m_site) {
            found = r;
            on = !r.to.isEmpty();
        }
    m_reportOn->setChecked(on);
    m_every->setCurrentIndex(std::max(0, m_every->findData(found.every)));
    m_hour->setValue(found.hour);
    m_recipients->setText(found.to.join(QStringLiteral(", ")));
    m_language->setCurrentIndex(std::max(0, m_language->findData(found.language)));
}

void ReportsAlertsView::reload()
{
    showSmtp(m_settings->smtp());
    m_password->setPlaceholderText(QString());
    m_secrets->read(QLatin1String(AppSettings::SmtpPasswordKey));
    setSite(m_site); // the site's report
}

SmtpSettings ReportsAlertsView::smtp() const
{
    SmtpSettings s;
    const auto tls = Tls(m_tls->currentData().toInt());
    const QString host = m_host->text().trimmed();
    if (!host.isEmpty())
        s.url = QStringLiteral("%1://%2:%3")
                    .arg(tls == Tls::Implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"),
                         host)
                    .arg(m_port->value());
    s.startTls = tls == Tls::StartTls;
    s.username = m_user->text().trimmed();
    s.password = m_password->text();
    s.from = m_from->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

ReportSchedule ReportsAlertsView::report() const
{
    ReportSchedule r;
    r.site = m_site;
    if (m_reportOn->isChecked())
        r.to = addressesIn(m_recipients->text());
    r.every = m_every->currentData().toString();
    r.hour = m_hour->value();
    r.language = m_language->currentData().toString();
    return r;
}

void ReportsAlertsView::setSource(DataSource *source)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_source = source;
    m_rules->clear();
    const bool remote = isRemote();
    m_serverNote->setVisible(remote);
    m_keychainNote->setVisible(!remote); // a server's password is in its config file
    m_serverNote->setText(
        tr("Connected to a server: its alerts change through its alerts API, and its e-mail "
           "reports and mail server are read from its config file (reports:, smtp:) and shown "
           "here read-only: change them on the server. Send a test goes through the server "
           "with its mail settings; the recipients, period and language here are for the test "
           "only. All of this needs an admin key."));
    if (source)
        m_connections.append(
            connect(source, &DataSource::alertsChanged, this, [this](const QString &site) {
                if (site == m_site)
                    requestRules();
            }));
    updateEnabled();
    requestRules();
    if (remote)
        requestServerMail();
    else if (source)
        reload(); // this computer's settings again, after a server's
}

void ReportsAlertsView::requestServerMail()
{
    if (!isRemote() || m_site.isEmpty())
        return;
    m_source->ask(m_mailLane, alerts::ServerMail {m_site}, this,
                  [this](const Answer<ServerMailSettings> &a) {
                      if (!a) {
                          m_status->setStyleSheet(QStringLiteral("color: #dc2626;"));
                          m_status->setText(
                              tr("Could not read the server's report settings: %1").arg(a.error()));
                          return;
                      }
                      showServerMail(*a);
                  });
}

void ReportsAlertsView::showServerMail(const ServerMailSettings &mail)
{
    showSmtp(mail.smtp);
    m_password->clear();
    m_password->setPlaceholderText(mail.passwordSet ? tr("set on the server")
                                                    : tr("none on the server"));
    showReport(mail.reports);
    if (mail.smtp.url.isEmpty()) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("The server has no mail server (smtp:) in its config file."));
    }
    updateEnabled();
}

void ReportsAlertsView::setSite(const QString &site)
{
    const bool changed = site != m_site;
    m_site = site;
    if (!isRemote()) // a server's come with its answer (requestServerMail)
        showReport(m_settings->reports());
    if (changed) {
        m_rules->clear();
        requestRules();
        requestServerMail();
    }
    updateEnabled();
}

void ReportsAlertsView::requestRules()
{
    m_rulesNote->setText(m_site.isEmpty() ? tr("No site.") : QString());
    m_rulesNote->setVisible(m_site.isEmpty());
    if (!m_source || m_site.isEmpty())
        return;
    m_source->ask(m_rulesLane, alerts::Rules {m_site}, this,
                  [this](const Answer<QList<AlertRule>> &a) {
                      if (!a) {
                          m_rules->clear();
                          m_rulesNote->setText(tr("Could not load the alerts: %1").arg(a.error()));
                          m_rulesNote->show();
                          return;
                      }
                      m_rules->setRules(*a);
                      m_rulesNote->setText(tr("No alerts for %1 yet: add one to hear of a "
                                              "traffic spike, a silent tracker or a conversion.")
                                               .arg(m_site));
                      m_rulesNote->setVisible(a->isEmpty());
                      updateEnabled();
                  });
    m_source->ask(m_goalsLane, definitions::SavedGoals {m_site}, this,
                  [this](const Answer<QList<Goal>> &a) {
                      m_goals.clear();
                      if (a)
                          for (const Goal &g : *a)
                              m_goals.append(g.name);
                  });
}

void ReportsAlertsView::editRule(int row)
{
    if (!m_source || m_site.isEmpty())
        return;
    const AlertRule *existing = m_rules->ruleAt(row);
    if (row >= 0 && (!existing || !existing->id))
        return; // a config file's rule changes in that file
    AlertRule rule;
    if (existing) {
        rule = *existing;
    } else {
        rule.site = m_site;
        rule.threshold = 10;
        rule.email = addressesIn(m_recipients->text()).mid(0, 1);
    }
    const bool remote = !m_source->canAdminister();
    auto *dialog = new AlertRuleDialog(rule, m_goals, remote, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id = rule.id] { saveRule(dialog->rule(), id); });
    dialog->open();
}

void ReportsAlertsView::saveRule(const AlertRule &rule, qint64 replaces)
{
    if (!m_source)
        return;
    AlertRule r = rule;
    r.site = m_site;
    r.id = 0;
    m_source->ask(alerts::SaveRule {r, replaces}, this,
                  [](const Answer<AlertRule> &) {}); // announced: alertsChanged, changeDone
}

void ReportsAlertsView::removeRule(int row)
{
    const AlertRule *rule = m_rules->ruleAt(row);
    if (!m_source || !rule || !rule->id)
        return;
    if (QMessageBox::question(this, tr("Remove alert"),
                              tr("Remove the alert “%1”?").arg(AlertRulesModel::condition(*rule)))
        != QMessageBox::Yes)
        return;
    m_source->ask(alerts::RemoveRule {m_site, rule->id}, this,
                  [](const Answer<Done> &) {}); // announced
}

void ReportsAlertsView::beginTest(const QString &what)
{
    m_testing = true;
    m_status->setStyleSheet(QString());
    m_status->setText(what);
    updateEnabled();
}

void ReportsAlertsView::endTest(const Answer<Done> &a, const QString &sent)
{
    m_testing = false;
    m_status->setStyleSheet(a ? QStringLiteral("color: #16a34a;")
                              : QStringLiteral("color: #dc2626;"));
    m_status->setText(a ? sent : tr("The test was not sent: %1").arg(a.error()));
    updateEnabled();
    Q_EMIT testFinished(a ? QString() : a.error());
}

void ReportsAlertsView::testRule(int row)
{
    const AlertRule *rule = m_rules->ruleAt(row);
    if (!m_source || m_testing)
        return;
    if (!rule) {
        m_status->setText(tr("Select the alert to test."));
        return;
    }
    beginTest(tr("Sending a test of the alert…"));
    QStringList channels = rule->email;
    if (!rule->webhook.isEmpty())
        channels.append(QUrl(rule->webhook).host());
    m_source->ask(alerts::TestRule {*rule, smtp()}, this, [this, channels](const Answer<Done> &a) {
        endTest(a, tr("Test alert sent to %1.").arg(channels.join(QStringLiteral(", "))));
    });
}

void ReportsAlertsView::testReport()
{
    if (!m_source || m_testing || m_site.isEmpty())
        return;
    ReportSchedule r = report();
    r.to = addressesIn(m_recipients->text()); // a test also before the report is switched on
    beginTest(tr("Sending a test report…"));
    m_source->ask(alerts::TestReport {r, smtp()}, this, [this, r](const Answer<Done> &a) {
        endTest(a, tr("Test report sent to %1.").arg(r.to.join(QStringLiteral(", "))));
    });
}

void ReportsAlertsView::save()
{
    const SmtpSettings s = smtp();
    m_settings->setSmtp(s);
    QList<ReportSchedule> reports;
    for (const ReportSchedule &r : m_settings->reports())
        if (r.site != m_site)
            reports.append(r);
    const ReportSchedule mine = report();
    if (!mine.site.isEmpty() && !mine.to.isEmpty())
        reports.append(mine);
    m_settings->setReports(reports);
    m_settings->sync();
    // The password to the keychain only (never QSettings), and only when it changed.
    const QByteArray password = s.password.toUtf8();
    if (password != m_storedPassword) {
        if (password.isEmpty())
            m_secrets->remove(QLatin1String(AppSettings::SmtpPasswordKey));
        else
            m_secrets->write(QLatin1String(AppSettings::SmtpPasswordKey), password);
        m_storedPassword = password;
    }
    Q_EMIT message(tr("Report and mail settings saved."));
    Q_EMIT deliverySettingsChanged();
}

QString ReportsAlertsView::testStatus() const
{
    return m_status->text();
}

void ReportsAlertsView::updateEnabled()
{
    const bool local = m_source && m_source->canAdminister();
    const bool any = m_source && !m_site.isEmpty();
    const AlertRule *rule = m_rules->ruleAt(m_rulesView->currentIndex().row());
    m_addRule->setEnabled(any);
    m_editRule->setEnabled(any && rule && rule->id);
    m_removeRule->setEnabled(any && rule && rule->id);
    // Remotely the tests go through the server's routes (a config file's rule has no id
    // there: the source says so); the server's settings show read-only.
    m_testRule->setEnabled(m_source && rule && !m_testing);
    m_testReport->setEnabled(m_source && !m_site.isEmpty() && !m_testing);
    m_reportCard->setEnabled(m_source != nullptr);
    m_smtpCard->setEnabled(local);
    m_save->setEnabled(local);
    m_reportOn->setEnabled(local);
    m_hour->setEnabled(local && m_reportOn->isChecked());
    if (!local) {
        // The test's recipients, period and language stay editable.
        for (QWidget *w : {static_cast<QWidget *>(m_every), static_cast<QWidget *>(m_recipients),
                           static_cast<QWidget *>(m_language)})
            w->setEnabled(m_source != nullptr);
        return;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_every), static_cast<QWidget *>(m_hour),
                       static_cast<QWidget *>(m_recipients), static_cast<QWidget *>(m_language)})
        w->setEnabled(m_reportOn->isChecked());
}

} // namespace raycstr::ui
