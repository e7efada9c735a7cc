#include "datasource.h"

#include <QTimeZone>

namespace raycstr::ui {

DataSource::DataSource(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<raycstr::LiveEvent>();
    qRegisterMetaType<QList<raycstr::LiveEvent>>();
}

DataSource::~DataSource() = default;

DataSource::RequestId DataSource::begin(const QString &slot)
{
    const RequestId id = ++m_next;
    if (!slot.isEmpty())
        m_latest.insert(slot, id);
    return id;
}

bool DataSource::isCurrent(const QString &slot, RequestId id) const
{
    return slot.isEmpty() || m_latest.value(slot) == id;
}

QString defaultTimeZone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return QTimeZone::isTimeZoneIdAvailable(id) ? QString::fromUtf8(id) : QStringLiteral("UTC");
}

query::Field fieldNamed(const QString &name)
{
    QString error;
    return query::Field::parse(name, &error).value_or(query::Field {});
}

} // namespace raycstr::ui
