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

DataSource::RequestId DataSource::begin(const Lane *lane)
{
    const RequestId id = ++m_next;
    if (lane)
        m_latest.insert(lane, id);
    return id;
}

bool DataSource::isCurrent(const Lane *lane, RequestId id) const
{
    return !lane || m_latest.value(lane) == id;
}

// The messages of changes live here, once for both sources.

void DataSource::announce(const admin::AddSite &, const Answer<SiteInfo> &a)
{
    if (!succeeded(a))
        return;
    Q_EMIT changeDone(tr("Added %1.").arg(a->domain));
    Q_EMIT sitesChanged();
}

void DataSource::announce(const admin::SetTimeZone &, const Answer<SiteInfo> &a)
{
    if (!succeeded(a))
        return;
    Q_EMIT changeDone(tr("The days of %1 now start at midnight in %2.").arg(a->domain, a->timeZone));
    Q_EMIT sitesChanged();
}

void DataSource::announce(const admin::Import &r, const Answer<ImportJob::Result> &a)
{
    // The importer (its dialog) says how it went; the views show the new days.
    if (a && a->outcome != Importer::Outcome::Failed && a->run.lastDay)
        Q_EMIT importsChanged(r.site);
}

void DataSource::announce(const admin::RemoveSite &r, const Answer<qint64> &a)
{
    if (!succeeded(a))
        return;
    Q_EMIT changeDone(tr("Removed %1 and its %n events.", nullptr, int(*a)).arg(r.domain));
    Q_EMIT sitesChanged();
}

void DataSource::announce(const admin::CreateApiKey &, const Answer<QByteArray> &a)
{
    succeeded(a); // the secret is the asker's alone
}

void DataSource::announce(const admin::RevokeApiKey &, const Answer<Done> &a)
{
    if (succeeded(a))
        Q_EMIT changeDone(tr("Key revoked."));
}

void DataSource::announce(const definitions::AddGoal &r, const Answer<Goal> &a)
{
    if (!succeeded(a))
        return;
    Q_EMIT changeDone(tr("Added the goal %1.").arg(a->name));
    Q_EMIT goalsChanged(r.site);
}

void DataSource::announce(const definitions::RemoveGoal &r, const Answer<Done> &a)
{
    if (!succeeded(a))
        return;
    Q_EMIT changeDone(tr("Goal removed."));
    Q_EMIT goalsChanged(r.site);
}

void DataSource::announce(const definitions::SaveFunnel &r, const Answer<raycstr::Funnel> &a)
{
    if (!succeeded(a))
        return;
    Q_EMIT changeDone(tr("Saved the funnel %1.").arg(a->name));
    Q_EMIT funnelsChanged(r.site);
}

void DataSource::announce(const definitions::RemoveFunnel &r, const Answer<Done> &a)
{
    if (!succeeded(a))
        return;
    Q_EMIT changeDone(tr("Funnel removed."));
    Q_EMIT funnelsChanged(r.site);
}

void DataSource::announce(const alerts::SaveRule &r, const Answer<AlertRule> &a)
{
    if (!succeeded(a))
        return;
    Q_EMIT changeDone(r.replaces ? tr("Alert saved.") : tr("Alert added."));
    Q_EMIT alertsChanged(r.rule.site);
}

void DataSource::announce(const alerts::RemoveRule &r, const Answer<Done> &a)
{
    if (!succeeded(a))
        return;
    Q_EMIT changeDone(tr("Alert removed."));
    Q_EMIT alertsChanged(r.site);
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
