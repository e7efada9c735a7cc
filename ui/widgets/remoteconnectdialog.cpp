#include "remoteconnectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto check = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(this->url().isValid() && !this->url().host().isEmpty()
                         && !m_key->text().trimmed().isEmpty() && !this->sites().isEmpty());
    };
    connect(m_url, &QLineEdit::textChanged, this, check);
    connect(m_key, &QLineEdit::textChanged, this, check);
    connect(m_sites, &QLineEdit::textChanged, this, check);
    check();
    resize(520, sizeHint().height());
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
