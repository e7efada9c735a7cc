#include "firstrunwizard.h"

#include "core/config.h"
#include "store/sites.h"
#include "ui/widgets/timezonebox.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace raycstr::ui {

namespace {

class SitePage : public QWizardPage
{
public:
    SitePage(QLineEdit *domain, TimeZoneBox *zone, FirstRunWizard *wizard)
        : m_domain(domain)
        , m_zone(zone)
    {
        setTitle(FirstRunWizard::tr("Welcome to RayCstr"));
        setSubTitle(FirstRunWizard::tr("Privacy-first analytics that run on this computer. "
                                       "Which site do you want to count?"));
        auto *l = new QVBoxLayout(this);
        auto *label = new QLabel(FirstRunWizard::tr("Your site's &domain:"), this);
        label->setBuddy(domain);
        domain->setPlaceholderText(FirstRunWizard::tr("yoursite.com"));
        l->addWidget(label);
        l->addWidget(domain);
        m_error = new QLabel(this);
        m_error->setEnabled(false);
        l->addWidget(m_error);
        auto *zoneLabel = new QLabel(FirstRunWizard::tr("Its &time zone:"), this);
        zoneLabel->setBuddy(zone);
        l->addWidget(zoneLabel);
        l->addWidget(zone);
        auto *zoneHint = new QLabel(FirstRunWizard::tr("Where the site's days start in every "
                                                       "report: choose where most of your "
                                                       "visitors, or you, live."),
                                    this);
        zoneHint->setWordWrap(true);
        zoneHint->setEnabled(false);
        l->addWidget(zoneHint);
        connect(zone, &TimeZoneBox::timeZoneChanged, this, &QWizardPage::completeChanged);
        auto *hint
            = new QLabel(FirstRunWizard::tr("No cookies, no IP addresses stored: visitors are "
                                            "counted with a daily-salted hash that cannot be "
                                            "traced back."),
                         this);
        hint->setWordWrap(true);
        hint->setEnabled(false);
        l->addSpacing(12);
        l->addWidget(hint);
        l->addStretch(1);
        auto *remote
            = new QPushButton(FirstRunWizard::tr("Connect to a RayCstr server instead…"), this);
        remote->setFlat(true);
        l->addWidget(remote, 0, Qt::AlignLeft);
        connect(remote, &QPushButton::clicked, wizard, &FirstRunWizard::chooseRemote);
        connect(domain, &QLineEdit::textChanged, this, [this] {
            QString d, error;
            m_error->setText(
                m_domain->text().isEmpty()
                        || SiteRepository::normalizeDomain(m_domain->text(), &d, &error)
                    ? QString()
                    : error);
            Q_EMIT completeChanged();
        });
    }
    bool isComplete() const override
    {
        QString d, error;
        return SiteRepository::normalizeDomain(m_domain->text(), &d, &error)
            && !m_zone->timeZone().isEmpty();
    }

private:
    QLineEdit *m_domain;
    TimeZoneBox *m_zone;
    QLabel *m_error;
};

class CollectorPage : public QWizardPage
{
public:
    CollectorPage(QLineEdit *listen, QLabel *error)
        : m_listen(listen)
    {
        setTitle(FirstRunWizard::tr("Where should the collector listen?"));
        setSubTitle(FirstRunWizard::tr("Your pages send their events to this address. Keep "
                                       "127.0.0.1 to try it on this computer; use :8080 (every "
                                       "interface) behind your router or reverse proxy."));
        auto *l = new QVBoxLayout(this);
        auto *label = new QLabel(FirstRunWizard::tr("Listen &address:"), this);
        label->setBuddy(listen);
        l->addWidget(label);
        l->addWidget(listen);
        error->setEnabled(false);
        l->addWidget(error);
        l->addStretch(1);
        connect(listen, &QLineEdit::textChanged, this, [this, error] {
            QHostAddress a;
            quint16 p = 0;
            QString why;
            error->setText(ServerConfig::parseListen(m_listen->text(), &a, &p, &why) ? QString()
                                                                                     : why);
            Q_EMIT completeChanged();
        });
    }
    bool isComplete() const override
    {
        QHostAddress a;
        quint16 p = 0;
        QString why;
        return ServerConfig::parseListen(m_listen->text(), &a, &p, &why);
    }

private:
    QLineEdit *m_listen;
};

class SnippetPage : public QWizardPage
{
public:
    SnippetPage(FirstRunWizard *wizard, QPlainTextEdit *snippet, QPushButton *copy)
        : m_wizard(wizard)
        , m_snippet(snippet)
    {
        setTitle(FirstRunWizard::tr("Add this snippet to your site"));
        setSubTitle(FirstRunWizard::tr("Paste it into the <head> of every page. Events show up "
                                       "in the live view within a second."));
        auto *l = new QVBoxLayout(this);
        snippet->setReadOnly(true);
        snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        snippet->setMaximumHeight(90);
        snippet->setAccessibleName(FirstRunWizard::tr("Snippet"));
        l->addWidget(snippet);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(copy);
        l->addLayout(row);
        auto *hint
            = new QLabel(FirstRunWizard::tr("Replace the address with the one your visitors "
                                            "reach the collector at (e.g. "
                                            "https://stats.yoursite.com) once it is public."),
                         this);
        hint->setWordWrap(true);
        hint->setEnabled(false);
        l->addWidget(hint);
        l->addStretch(1);
        connect(copy, &QPushButton::clicked, this, [this, copy] {
            QApplication::clipboard()->setText(m_snippet->toPlainText());
            copy->setText(FirstRunWizard::tr("Copied"));
        });
    }
    void initializePage() override
    {
        m_snippet->setPlainText(
            FirstRunWizard::snippet(m_wizard->domain(), m_wizard->listenAddress()));
    }

private:
    FirstRunWizard *m_wizard;
    QPlainTextEdit *m_snippet;
};

} // namespace

FirstRunWizard::FirstRunWizard(const QString &listenAddress, QWidget *parent)
    : QWizard(parent)
    , m_domain(new QLineEdit(this))
    , m_zone(new TimeZoneBox(this))
    , m_listen(new QLineEdit(listenAddress, this))
    , m_listenError(new QLabel(this))
    , m_snippet(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy snippet"), this))
{
    setWindowTitle(tr("Set up RayCstr"));
    setWizardStyle(QWizard::ModernStyle);
    setSubTitleFormat(Qt::PlainText); // "<head>" is text here
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SitePage, new class SitePage(m_domain, m_zone, this));
    setPage(CollectorPage, new class CollectorPage(m_listen, m_listenError));
    setPage(SnippetPage, new class SnippetPage(this, m_snippet, m_copy));
    setButtonText(QWizard::FinishButton, tr("Start collecting"));
    resize(640, 440);
}

void FirstRunWizard::chooseRemote()
{
    m_remote = true;
    reject();
}

QString FirstRunWizard::domain() const
{
    QString d, error;
    return SiteRepository::normalizeDomain(m_domain->text(), &d, &error) ? d : m_domain->text();
}

QString FirstRunWizard::timeZone() const
{
    return m_zone->timeZone();
}

QString FirstRunWizard::listenAddress() const
{
    return m_listen->text().trimmed();
}

QString FirstRunWizard::snippet(const QString &domain, const QString &listenAddress)
{
    QHostAddress address;
    quint16 port = 8080;
    QString error;
    ServerConfig::parseListen(listenAddress, &address, &port, &error);
    QString host = address.isNull() || address == QHostAddress::Any
            || address == QHostAddress::AnyIPv6 || address == QHostAddress::AnyIPv4
        ? QStringLiteral("YOUR-HOST")
        : address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol && host != QLatin1String("YOUR-HOST"))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral(
               "<script defer src=\"http://%1:%2/js/track.js\" data-domain=\"%3\"></script>")
        .arg(host)
        .arg(port)
        .arg(domain);
}

QString FirstRunWizard::snippetText() const
{
    return m_snippet->toPlainText();
}

} // namespace raycstr::ui
