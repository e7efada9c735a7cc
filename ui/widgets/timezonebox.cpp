#include "timezonebox.h"

#include "ui/data/datasource.h"

#include <QCompleter>
#include <QDateTime>
#include <QLineEdit>
#include <QTimeZone>

#include <cstdlib>

namespace raycstr::ui {

TimeZoneBox::TimeZoneBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    // "UTC" first: the choice of servers, and what an unknown system zone falls back to.
    addItem(label("UTC"), QStringLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // The Etc/GMT±N ids count backwards (POSIX) and only confuse; UTC stands for them.
        if (id.startsWith("Etc/") || !id.contains('/'))
            continue;
        addItem(label(id), QString::fromUtf8(id));
    }
    auto *completer = new QCompleter(model(), this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Search a city or region, e.g. Berlin"));
    setAccessibleName(tr("Time zone"));
    connect(this, &QComboBox::currentTextChanged, this,
            [this] { Q_EMIT timeZoneChanged(timeZone()); });
    setTimeZone(defaultTimeZone());
}

QString TimeZoneBox::label(const QByteArray &id)
{
    const QTimeZone zone(id);
    const int secs = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    const int minutes = std::abs(secs) / 60;
    return QStringLiteral("%1 (UTC%2%3:%4)")
        .arg(QString::fromUtf8(id), secs < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString TimeZoneBox::timeZone() const
{
    const QString text = currentText().trimmed();
    const int row = findText(text, Qt::MatchFixedString);
    if (row >= 0)
        return itemData(row).toString();
    // The bare id typed out ("europe/berlin" too).
    for (int i = 0; i < count(); ++i)
        if (itemData(i).toString().compare(text, Qt::CaseInsensitive) == 0)
            return itemData(i).toString();
    return QString();
}

void TimeZoneBox::setTimeZone(const QString &id)
{
    const int row = findData(id);
    if (row >= 0)
        setCurrentIndex(row);
    else
        setEditText(id);
}

} // namespace raycstr::ui
