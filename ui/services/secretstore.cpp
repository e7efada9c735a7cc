#include "secretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace raycstr::ui {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Store");
#else
    return tr("Secret Service / KWallet");
#endif
}

void KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() != QKeychain::NoError)
            Q_EMIT readFinished(key, QByteArray(), job->errorString());
        else
            Q_EMIT readFinished(key, job->binaryData(), QString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        Q_EMIT writeFinished(key,
                             job->error() != QKeychain::NoError ? job->errorString() : QString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        Q_EMIT removeFinished(key,
                              job->error() != QKeychain::NoError ? job->errorString() : QString());
    });
    job->start();
}

void KeychainSecretStore::probe(std::function<void(bool, const QString &)> done)
{
    const QString key = QStringLiteral("raycstr-probe");
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(QByteArrayLiteral("probe"));
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done] {
        if (job->error() != QKeychain::NoError) {
            done(false, job->errorString());
            return;
        }
        auto *del = new QKeychain::DeletePasswordJob(m_service, this);
        del->setAutoDelete(true);
        del->setInsecureFallback(false);
        del->setKey(key);
        connect(del, &QKeychain::Job::finished, this, [done] { done(true, QString()); });
        del->start();
    });
    job->start();
}

MemorySecretStore::~MemorySecretStore()
{
    for (QByteArray &s : m_secrets)
        s.fill('\0');
}

QString MemorySecretStore::backendName() const
{
    return tr("this session only (no keychain available)");
}

void MemorySecretStore::read(const QString &key)
{
    // Asynchronous like a keychain, so callers cannot come to rely on an immediate answer.
    QTimer::singleShot(0, this, [this, key] {
        if (m_secrets.contains(key))
            Q_EMIT readFinished(key, m_secrets.value(key), QString());
        else
            Q_EMIT readFinished(key, QByteArray(), tr("No key stored for this session."));
    });
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [this, key] { Q_EMIT writeFinished(key, QString()); });
}

void MemorySecretStore::remove(const QString &key)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [this, key] { Q_EMIT removeFinished(key, QString()); });
}

} // namespace raycstr::ui
