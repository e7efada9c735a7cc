#pragma once

#include <QComboBox>

namespace raycstr::ui {

// A site's time zone, chosen from the IANA zones Qt knows (QTimeZone), searchable: typing
// "berl" or "+05:30" offers the zones whose name or offset contains it. Starts on the
// system's zone (defaultTimeZone()). The zone decides where the site's days start in every
// report, so it is asked for where a site is made (first-run wizard) and changed in
// Settings.
class TimeZoneBox : public QComboBox
{
    Q_OBJECT
public:
    explicit TimeZoneBox(QWidget *parent = nullptr);

    // The chosen IANA id, or "" while the text names no zone.
    QString timeZone() const;
    // Shows `id` (an unknown id is shown as typed, and timeZone() is then "").
    void setTimeZone(const QString &id);
    // "Europe/Berlin (UTC+01:00)": how a zone is listed, its offset now.
    static QString label(const QByteArray &id);

Q_SIGNALS:
    // The text now names a zone, or no longer does.
    void timeZoneChanged(const QString &id);
};

} // namespace raycstr::ui
