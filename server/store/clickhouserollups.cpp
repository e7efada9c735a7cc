#include "store/clickhouserollups.h"

#include "store/clickhouseschema.h"
#include "store/rowbinary.h"

#include <QDate>

#include <map>

namespace raycstr {

namespace {

const QDate DayZero(1970, 1, 1);

void putMetrics(RowBinaryWriter &w, const Metrics &m)
{
    w.int64(m.visitors);
    w.int64(m.visits);
    w.int64(m.pageviews);
    w.int64(m.events);
    w.int64(m.bounces);
    w.int64(m.duration);
}

} // namespace

quint32 ClickHouseRollups::monthOfDay(qint64 day)
{
    const QDate d = DayZero.addDays(day);
    return quint32(d.year() * 100 + d.month());
}

qint64 ClickHouseRollups::firstDayOfMonth(quint32 month)
{
    return DayZero.daysTo(QDate(int(month / 100), int(month % 100), 1));
}

QByteArray ClickHouseRollups::markerValue(quint64 batch)
{
    return QByteArray::number(batch, 16);
}

qint64 ClickHouseRollups::intern(const QString &value)
{
    if (value.isEmpty())
        return 0;
    auto it = m_ids.constFind(value);
    if (it != m_ids.cend())
        return it.value();
    m_texts.append(value);
    return m_ids.insert(value, m_texts.size()).value();
}

void ClickHouseRollups::add(const Event &e)
{
    // The ids SqliteEventStore gives each dimension, by value instead of by strings.id.
    DimensionIds ids;
    ids[Dimension::Page] = ids[Dimension::ExitPage] = intern(e.path);
    ids[Dimension::EventName] = intern(e.name);
    for (int i = 1; i < int(Dimension::Count); ++i) {
        const auto dim = Dimension(i);
        if (dim != Dimension::Page && dim != Dimension::ExitPage && dim != Dimension::EventName)
            ids[dim] = intern(dimensionValue(e, dim));
    }
    ids.previousExit = e.exitChanged ? intern(e.previousExitPath) : 0;
    m_batch.add(e, ids);
}

QMap<quint32, QByteArray> ClickHouseRollups::take(quint64 batch, quint64 copy)
{
    std::map<quint32, RowBinaryWriter> months; // (not copyable: no QMap)
    auto row = [&](quint32 month, qint32 site, int dim, qint64 slot, QStringView value) {
        RowBinaryWriter &w = months[month];
        w.int32(site);
        w.uint8(quint8(dim));
        w.int64(slot);
        w.string(value);
        w.uint64(copy);
        return &w;
    };
    for (auto it = m_batch.days().cbegin(); it != m_batch.days().cend(); ++it) {
        const RollupBatch::DayKey &k = it.key();
        RowBinaryWriter *w = row(monthOfDay(k.day), k.siteId, int(k.dim), k.day, text(k.valueId));
        putMetrics(*w, it.value());
        w->uint64(batch);
    }
    for (auto it = m_batch.hours().cbegin(); it != m_batch.hours().cend(); ++it) {
        const RollupBatch::HourKey &k = it.key();
        const qint64 day = k.hourStart >= 0 ? k.hourStart / 86400 : 0;
        RowBinaryWriter *w = row(monthOfDay(day), k.siteId, ClickHouseSchema::RollupHourDim,
                                 k.hourStart, QString());
        putMetrics(*w, it.value());
        w->uint64(batch);
    }
    const QChar sep(0x1f);
    for (auto it = m_batch.vitals().cbegin(); it != m_batch.vitals().cend(); ++it) {
        const RollupBatch::VitalsKey &k = it.key();
        const QString value
            = text(k.metricId) + sep + QString::number(k.bucket) + sep + text(k.pageId);
        RowBinaryWriter *w
            = row(monthOfDay(k.day), k.siteId, ClickHouseSchema::RollupVitalsDim, k.day, value);
        Metrics m;
        m.events = it.value();
        putMetrics(*w, m);
        w->uint64(batch);
    }
    QMap<quint32, QByteArray> out;
    const QString marker = QString::fromLatin1(markerValue(batch));
    for (auto &[month, writer] : months) {
        RowBinaryWriter *w
            = row(month, 0, ClickHouseSchema::RollupMarkerDim, firstDayOfMonth(month), marker);
        Metrics one;
        one.events = 1;
        putMetrics(*w, one);
        w->uint64(batch);
        out.insert(month, writer.take());
    }
    m_batch.clear();
    m_ids.clear();
    m_texts.clear();
    return out;
}

} // namespace raycstr
