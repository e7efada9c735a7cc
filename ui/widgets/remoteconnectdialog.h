#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

class QLineEdit;
class QLabel;
class QPushButton;

namespace raycstr::ui {

class RemoteDataSource;

// Connect to a headless raycstr-server: its URL and an API key (`raycstr-server token
// create`). The sites are the server's: every site the key may read (GET /api/sites), offered
// by the window's site picker, so nobody types a domain. Says where the key will be kept: the
// keychain, or — when there is none — this session only.
//
// Connect checks before it accepts (RemoteDataSource::verify): the URL must be an http(s)
// server address, and the server must list at least one site for the key. A wrong key, a
// server without sites for it, a dead port or a malformed URL keep the dialog open with the
// reason, so the app never switches to a source it cannot read; once accepted, takeSource()
// hands over the source that passed.
class RemoteConnectDialog : public QDialog
{
    Q_OBJECT
public:
    RemoteConnectDialog(const QUrl &url, bool keychainAvailable, QWidget *parent = nullptr);
    ~RemoteConnectDialog() override;

    QUrl url() const;
    QByteArray apiKey() const;
    void setKeychainNote(bool available);
    void setApiKey(const QByteArray &key);
    // Shows why the last attempt failed (e.g. the keychain's key, refused at start).
    void showError(const QString &error);
    // After accepted(): the source that passed the check (once).
    std::unique_ptr<RemoteDataSource> takeSource();

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *keychainLabel() const { return m_keychain; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    // A check ended: accepted (the dialog then closes) or refused with errorLabel()'s reason.
    void checkFinished(bool ok);

private:
    void check();
    void finishCheck(const QString &error);

    QLineEdit *m_url;
    QLineEdit *m_key;
    QLabel *m_keychain;
    QLabel *m_error;
    QPushButton *m_connect = nullptr;
    std::unique_ptr<RemoteDataSource> m_candidate; // being checked, then passed
    bool m_checking = false;
};

} // namespace raycstr::ui
