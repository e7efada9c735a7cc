#pragma once

#include <QDialog>
#include <QUrl>

class QLineEdit;
class QLabel;
class QCheckBox;

namespace raycstr::ui {

// Connect to a headless raycstr-server: its URL, an API key (`raycstr-server token
// create`) and the sites to show. Says where the key will be kept: the keychain, or —
// when there is none — this session only.
class RemoteConnectDialog : public QDialog
{
    Q_OBJECT
public:
    RemoteConnectDialog(const QUrl &url, const QStringList &sites, bool keychainAvailable,
                        QWidget *parent = nullptr);

    QUrl url() const;
    QByteArray apiKey() const;
    QStringList sites() const;
    void setKeychainNote(bool available);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *sitesEdit() const { return m_sites; }
    QLabel *keychainLabel() const { return m_keychain; }

private:
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLineEdit *m_sites;
    QLabel *m_keychain;
};

} // namespace raycstr::ui
