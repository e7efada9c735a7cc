#include "remoteconnectdialog.h"

#include "ui/data/remotedatasource.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace raycstr::ui {

RemoteConnectDialog::RemoteConnectDialog(const QUrl &url, bool keychainAvailable,
                                         QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(url.toString(), this))
    , m_key(new QLineEdit(this))
    , m_keychain(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Connect to a RayCstr server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Show the statistics of a headless raycstr-server, e.g. on your "
                                "VPS. Create a key there with 'raycstr-server token create': "
                                "the app then offers every site the key may read."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_url->setPlaceholderText(QStringLiteral("https://stats.yoursite.com"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(QStringLiteral("rc_…"));
    form->addRow(tr("Server &URL"), m_url);
    form->addRow(tr("API &key"), m_key);
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
                              && !m_key->text().trimmed().isEmpty());
    };
    connect(m_url, &QLineEdit::textChanged, this, complete);
    connect(m_key, &QLineEdit::textChanged, this, complete);
    complete();
    resize(520, sizeHint().height());
}

RemoteConnectDialog::~RemoteConnectDialog() = default;

void RemoteConnectDialog::check()
{
    if (m_checking)
        return;
    const QString problem = RemoteDataSource::addressProblem(url(), m_url->text().trimmed());
    if (!problem.isEmpty()) {
        finishCheck(problem);
        return;
    }
    m_error->hide();
    m_connect->setEnabled(false);
    m_connect->setText(tr("Checking…"));
    m_checking = true;
    m_candidate = std::make_unique<RemoteDataSource>(url(), apiKey(), QStringList());
    m_candidate->verify(this, [this](const QString &error) { finishCheck(error); });
}

void RemoteConnectDialog::finishCheck(const QString &error)
{
    m_checking = false;
    m_connect->setText(tr("Connect"));
    m_connect->setEnabled(true);
    if (error.isEmpty()) {
        m_error->hide();
        accept();
        Q_EMIT checkFinished(true);
        return;
    }
    // This may run inside the candidate's own network reply: it goes once that is over.
    if (m_candidate)
        m_candidate.release()->deleteLater();
    showError(error);
    Q_EMIT checkFinished(false);
}

void RemoteConnectDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void RemoteConnectDialog::setApiKey(const QByteArray &key)
{
    m_key->setText(QString::fromUtf8(key));
}

std::unique_ptr<RemoteDataSource> RemoteConnectDialog::takeSource()
{
    return std::move(m_candidate);
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


} // namespace raycstr::ui
