#pragma once

#include "store/rollupbatch.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QStringList>

namespace raycstr {

// The rollup rows of one ClickHouse batch (issue 16): the sessionizer's bookkeeping folded
// by RollupBatch, the very code SqliteEventStore folds into rollup_daily, rollup_hourly and
// rollup_vitals, so both backends' rollups hold the same sums. Encoded as RowBinary rows of
// ClickHouseSchema's `rollups` table:
//   daily     dim = Dimension, slot = local day, value = the dimension's value
//   hourly    dim = RollupHourDim, slot = the hour's UTC start, value ''
//   vitals    dim = RollupVitalsDim, slot = local day, value = metric U+001F bucket U+001F
//             page ('' for the whole site), `events` = samples
// Every row also carries `copy_of` (see take()) and `batch` (a cluster's sharding key).
//   marker    site 0, dim = RollupMarkerDim, slot = the first day of a month the batch
//             touches, value = the batch id in hex, `events` = 1
// A batch's rows are one part per month partition, and each part carries its marker: after
// a failed insert, the markers found say which months landed (a part lands whole or not at
// all), and only the others are sent again, so a retried batch never adds twice. (The
// marker's `events` is 1 because SummingMergeTree drops rows whose sums are all zero.)
//
// Not thread-safe; the writer thread owns one per store.
class ClickHouseRollups
{
public:
    // Folds one stored event in (values interned per batch).
    void add(const Event &event);
    // Sums made elsewhere, by value (`migrate` copying SQLite's rollups): a day's row of a
    // dimension value, an hour's totals, a vitals bucket's samples (page "" for the site).
    void addDay(qint32 siteId, qint64 day, Dimension dim, const QString &value, const Metrics &m)
    {
        m_batch.addSums(RollupBatch::DayKey {siteId, day, dim, intern(value)}, m);
    }
    void addHour(qint32 siteId, qint64 hourStart, const Metrics &m)
    {
        m_batch.addSums(RollupBatch::HourKey {siteId, hourStart}, m);
    }
    void addVitals(qint32 siteId, const QString &metric, const QString &page, qint64 day,
                   int bucket, qint64 samples)
    {
        m_batch.addSamples(
            RollupBatch::VitalsKey {siteId, intern(metric), intern(page), day, bucket}, samples);
    }
    bool isEmpty() const { return m_batch.isEmpty(); }
    // The rows folded so far, per month partition (YYYYMM), each with its marker; clears.
    // `copy`: the key column that keeps a batch's rows from merging with others' (0 for a
    // collector's batches; `migrate` its batch id, so an interrupted copy can be deleted).
    QMap<quint32, QByteArray> take(quint64 batch, quint64 copy);

    // The YYYYMM of a local day number (days since 1970-01-01), as the table's partition
    // key computes it.
    static quint32 monthOfDay(qint64 day);
    // The first day of that month, the markers' slot.
    static qint64 firstDayOfMonth(quint32 month);
    static QByteArray markerValue(quint64 batch);

private:
    qint64 intern(const QString &value);
    QString text(qint64 id) const { return id > 0 ? m_texts.at(id - 1) : QString(); }

    RollupBatch m_batch;
    QHash<QString, qint64> m_ids;
    QStringList m_texts; // id - 1 → value
};

} // namespace raycstr
