#pragma once

#include "core/config.h"
#include "ui/data/datasource.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace raycstr::ui {

class AlertRulesModel;
class AppSettings;
class Card;
class SecretStore;

// Settings → Reports and alerts, for the site shown: its alert rules (spike, drop, goal;
// cool-down; e-mail and webhook), its e-mail report (weekly or monthly, recipients,
// language) and the mail server they leave through (SMTP host, port, TLS mode, user,
// sender). *Send a test* sends the selected alert's test message, or the report of the
// last complete week or month, now — on a thread of the source's, never the GUI's — and
// says "sent" or the sender's precise error.
//
// Local mode: rules in the store (AlertRepository), the report and SMTP settings in
// AppSettings and the SMTP password in the SecretStore (the OS keychain) only; the embedded
// collector's schedulers send with them after Save (deliverySettingsChanged()). Remote
// mode (an admin key): rules through the server's alerts API; its report schedules and
// SMTP settings come from GET …/reports and show read-only, as the server keeps them in
// its config file (it does not rewrite that file); *Send a test* goes through the server's
// test routes with its own mail settings, to the recipients, period and language the form
// says.
class ReportsAlertsView : public QWidget
{
    Q_OBJECT
public:
    ReportsAlertsView(AppSettings *settings, SecretStore *secrets, QWidget *parent = nullptr);

    void setSource(DataSource *source);
    void setSite(const QString &site);
    QString site() const { return m_site; }
    // The mail settings as the form says, with its password.
    SmtpSettings smtp() const;
    // The site's report as the form says (its recipients empty: no report).
    ReportSchedule report() const;
    // Fills the form from the settings (and the keychain, asynchronously).
    void reload();

    // Stores `rule` (an edit when `replaces` is an id), as the dialog's OK does.
    void saveRule(const AlertRule &rule, qint64 replaces = 0);
    void removeRule(int row);
    // Send a test: of the alert on `row`, of the report.
    void testRule(int row);
    void testReport();
    // Saves the report and mail settings (the password to the keychain).
    void save();

    // For tests and screenshots.
    AlertRulesModel *rulesModel() const { return m_rules; }
    QTableView *rulesView() const { return m_rulesView; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *tlsBox() const { return m_tls; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QCheckBox *reportBox() const { return m_reportOn; }
    QComboBox *everyBox() const { return m_every; }
    QLineEdit *recipientsEdit() const { return m_recipients; }
    QPushButton *testReportButton() const { return m_testReport; }
    QPushButton *testRuleButton() const { return m_testRule; }
    QString testStatus() const;
    bool isTesting() const { return m_testing; }

Q_SIGNALS:
    // The report or mail settings were saved: the embedded collector restarts with them.
    void deliverySettingsChanged();
    void message(const QString &text);
    // A test ended: `error` empty when it was sent.
    void testFinished(const QString &error);

private:
    void requestRules();
    void editRule(int row);
    // "Sending…", buttons off until endTest() shows the outcome.
    void beginTest(const QString &what);
    void endTest(const Answer<Done> &a, const QString &sent);
    void updateEnabled();
    void requestServerMail();
    void showServerMail(const ServerMailSettings &mail);
    void showSmtp(const SmtpSettings &smtp);
    // The form's report from the schedule of the site in `reports` (none: off).
    void showReport(const QList<ReportSchedule> &reports);
    bool isRemote() const { return m_source && !m_source->canAdminister(); }

    AppSettings *m_settings;
    SecretStore *m_secrets;
    DataSource *m_source = nullptr;
    QString m_site;
    QStringList m_goals; // the site's goal names, for the alert dialog
    AlertRulesModel *m_rules;
    QTableView *m_rulesView;
    QPushButton *m_addRule;
    QPushButton *m_editRule;
    QPushButton *m_removeRule;
    QPushButton *m_testRule;
    QLabel *m_rulesNote;
    QCheckBox *m_reportOn;
    QComboBox *m_every;
    QSpinBox *m_hour;
    QLineEdit *m_recipients;
    QComboBox *m_language;
    QPushButton *m_testReport;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_tls;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_caFile;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_serverNote;
    QLabel *m_keychainNote;
    Card *m_reportCard;
    Card *m_smtpCard;
    QList<QMetaObject::Connection> m_connections;
    Lane m_rulesLane;
    Lane m_goalsLane;
    Lane m_mailLane;
    bool m_testing = false;
    QByteArray m_storedPassword; // as read from the keychain: written again only if changed
};

} // namespace raycstr::ui
