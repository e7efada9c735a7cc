#include "remoteconnectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace raycstr::ui {

RemoteConnectDialog::RemoteConnectDialog(const QUrl &url, const QStringList &sites,
                                         bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(url.toString(), this))
    , m_key(new QLineEdit(this))
    , m_sites(new QLineEdit(sites.join(QStringLiteral(", ")), this))
    , m_keychain(new QLabel(this))
    , m_error(new QLabel(this))
    , m_network(new QNetworkAccessManager(this))
{
    setWindowTitle(tr("Connect to a RayCstr server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Show the statistics of a headless raycstr-server, e.g. on your "
                                "VPS. Create a key there with 'raycstr-server token create'."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_url->setPlaceholderText(QStringLiteral("https://stats.yoursite.com"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(QStringLiteral("rc_…"));
    m_sites->setPlaceholderText(tr("yoursite.com, blog.yoursite.com"));
    form->addRow(tr("Server &URL"), m_url);
    form->addRow(tr("API &key"), m_key);
    form->addRow(tr("&Sites"), m_sites);
    layout->addLayout(form);
    m_keychain->setWordWrap(true);
    layout->addWidget(m_keychain);
    setKeychainNote(keychainAvailable);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("Connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemoteConnectDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto complete = [this] {
        m_connect->setEnabled(!m_url->text().trimmed().isEmpty()
                              && !m_key->text().trimmed().isEmpty() && !this->sites().isEmpty());
    };
    connect(m_url, &QLineEdit::textChanged, this, complete);
    connect(m_key, &QLineEdit::textChanged, this, complete);
    connect(m_sites, &QLineEdit::textChanged, this, complete);
    complete();
    resize(520, sizeHint().height());
}

void RemoteConnectDialog::check()
{
    if (m_pending > 0)
        return;
    const QUrl server = url();
    const bool http = server.scheme() == QLatin1String("http")
        || server.scheme() == QLatin1String("https");
    // "http://host:18931http://host:…" and the like: a server address has no more than a
    // scheme, a host and a port (and at most a path prefix of a reverse proxy).
    if (!server.isValid() || !http || server.host().isEmpty() || server.hasQuery()
        || server.hasFragment() || server.path().contains(QLatin1Char(':'))) {
        finishCheck(tr("'%1' is not a server address such as https://stats.example.com")
                        .arg(m_url->text().trimmed()));
        return;
    }
    m_error->hide();
    m_connect->setEnabled(false);
    m_connect->setText(tr("Checking…"));
    m_firstError.clear();
    const QStringList all = sites();
    m_pending = int(all.size());
    QString base = server.toString(QUrl::StripTrailingSlash);
    for (const QString &site : all) {
        QNetworkRequest request(
            QUrl(base + QStringLiteral("/api/events/%1/live").arg(QString::fromLatin1(QUrl::toPercentEncoding(site)))));
        request.setRawHeader("Authorization", "Bearer " + apiKey());
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, site] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QString why;
            if (status == 401)
                why = tr("The server refused the key: check it, or create one with "
                         "'raycstr-server token create'.");
            else if (status == 403)
                why = tr("The key may not read %1.").arg(site);
            else if (status == 404)
                why = tr("The server has no site %1 (or it is not a RayCstr server).").arg(site);
            else if (status != 200) {
                const QString said = QJsonDocument::fromJson(reply->readAll())
                                         .object()
                                         .value(QStringLiteral("error"))
                                         .toString();
                why = status ? tr("The server answered %1 for %2%3")
                                   .arg(status)
                                   .arg(site, said.isEmpty() ? QString() : QStringLiteral(": ") + said)
                             : tr("Cannot reach the server: %1").arg(reply->errorString());
            }
            if (!why.isEmpty() && m_firstError.isEmpty())
                m_firstError = why;
            if (--m_pending == 0)
                finishCheck(m_firstError);
        });
    }
}

void RemoteConnectDialog::finishCheck(const QString &error)
{
    m_pending = 0;
    m_connect->setText(tr("Connect"));
    m_connect->setEnabled(true);
    if (error.isEmpty()) {
        m_error->hide();
        accept();
        Q_EMIT checkFinished(true);
        return;
    }
    m_error->setText(error);
    m_error->show();
    Q_EMIT checkFinished(false);
}

void RemoteConnectDialog::setKeychainNote(bool available)
{
    m_keychain->setText(available
                            ? tr("The key is kept in your system keychain.")
                            : tr("No keychain is available on this system: the key is kept for "
                                 "this session only and asked for again next time. It is never "
                                 "written to disk."));
}

QUrl RemoteConnectDialog::url() const
{
    return QUrl::fromUserInput(m_url->text().trimmed());
}

QByteArray RemoteConnectDialog::apiKey() const
{
    return m_key->text().trimmed().toUtf8();
}

QStringList RemoteConnectDialog::sites() const
{
    QStringList out;
    for (const QString &s :
         m_sites->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out.append(s.toLower());
    return out;
}

} // namespace raycstr::ui
