#pragma once

#include "core/event.h"
#include "core/metrics.h"
#include "import/importrun.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <functional>

namespace raycstr {

// One value of one dimension on a day; dimension Total with an empty value is the site.
struct AggregateKey
{
    Dimension dim = Dimension::Total;
    QString value;
    friend bool operator==(const AggregateKey &, const AggregateKey &) = default;
    friend size_t qHash(const AggregateKey &k, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, int(k.dim), k.value);
    }
};

// One local day of imported aggregates: each value's sums.
using DayAggregates = QHash<AggregateKey, Metrics>;

// A source of daily sums for AggregateImporter (Plausible's CSV export, GA4's Data API
// reports): the whole input is read and checked before anything is written, and the result
// is the sums per local day, so an import can write each day whole or not at all.
class AggregateReader
{
public:
    virtual ~AggregateReader() = default;

    // Reads every file; false with the file (and line, column or JSON path) of the first
    // fault. Nothing is kept of a failed read.
    virtual bool read(ImportError *error) = 0;
    // Called now and then with the bytes of the input read so far and in all.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }

    const QMap<qint64, DayAggregates> &days() const { return m_days; } // local day → sums
    // The input's file names (without their zip or folder): what "the same export" means
    // for a re-import.
    QStringList fileNames() const { return m_fileNames; }
    qint64 rowsRead() const { return m_rows; }
    const QMap<QString, qint64> &skipped() const { return m_skipped; }

protected:
    QMap<qint64, DayAggregates> m_days;
    QStringList m_fileNames;
    qint64 m_rows = 0;
    QMap<QString, qint64> m_skipped;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace raycstr
