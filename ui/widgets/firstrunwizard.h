#pragma once

#include <QWizard>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QLabel;
class QRadioButton;

namespace raycstr::ui {

class TimeZoneBox;

// The first start: add a site (its domain and time zone), choose where the collector listens, then copy
// the snippet for the site's <head>. Or connect to a headless server instead.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { SitePage, CollectorPage, SnippetPage };

    explicit FirstRunWizard(const QString &listenAddress, QWidget *parent = nullptr);

    QString domain() const;
    QString listenAddress() const;
    // The site's IANA time zone (the system's unless changed).
    QString timeZone() const;
    // The user chose to connect to a server instead of collecting here.
    bool remoteRequested() const { return m_remote; }
    // Closes the wizard, asking to connect to a server instead.
    void chooseRemote();
    // The tag for `domain` served by a collector at `listenAddress`.
    static QString snippet(const QString &domain, const QString &listenAddress);
    QString snippetText() const;
    QPushButton *copyButton() const { return m_copy; }
    QLineEdit *domainEdit() const { return m_domain; }
    QLineEdit *listenEdit() const { return m_listen; }
    TimeZoneBox *timeZoneBox() const { return m_zone; }

private:
    QLineEdit *m_domain;
    TimeZoneBox *m_zone;
    QLineEdit *m_listen;
    QLabel *m_listenError;
    QPlainTextEdit *m_snippet;
    QPushButton *m_copy;
    bool m_remote = false;
};

} // namespace raycstr::ui
