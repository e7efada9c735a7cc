#pragma once

#include <QHash>
#include <QObject>
#include <functional>

namespace raycstr::ui {

// Where the app keeps a remote server's API key. Asynchronous, as keychains are: the
// answers arrive by signal. The key never goes to QSettings or any file of ours.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Kept across sessions (a real keychain), or only until the app quits.
    virtual bool isPersistent() const = 0;
    // "Secret Service", "this session only"… for the UI.
    virtual QString backendName() const = 0;
    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QByteArray &secret) = 0;
    virtual void remove(const QString &key) = 0;

Q_SIGNALS:
    // `error` empty on success; a missing entry reads as an empty secret with an error.
    void readFinished(const QString &key, const QByteArray &secret, const QString &error);
    void writeFinished(const QString &key, const QString &error);
    void removeFinished(const QString &key, const QString &error);
};

// The operating system's keychain through QtKeychain: Secret Service or KWallet on Linux,
// Keychain on macOS, Credential Store on Windows. Never falls back to plain text.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    bool isPersistent() const override { return true; }
    QString backendName() const override;
    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;

    // Checks that a keychain answers (writes, reads back and deletes a probe entry);
    // `done(available, reason)` is called on this object's thread.
    void probe(std::function<void(bool available, const QString &reason)> done);

private:
    QString m_service;
};

// No keychain: secrets live in memory until the app quits, and the UI asks again next
// time instead of writing them anywhere.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;
    bool isPersistent() const override { return false; }
    QString backendName() const override;
    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace raycstr::ui
