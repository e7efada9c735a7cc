#pragma once

#include "import/csvreader.h"
#include "import/hitreader.h"

namespace raycstr {

// GoatCounter's CSV export, format version 2 (header "2Path,Title,Event,UserAgent,Browser,
// System,Session,Bot,Referrer,Referrer scheme,Screen size,Location,FirstVisit,Date") → raw
// hits. GoatCounter keeps no address or User-Agent; it already resolved browser, system and
// country, and its session id stands for the visitor (hashed like an address would be).
// Bot rows are skipped ("bot"); an event row (Event true) becomes a custom event whose name
// is the Path. Referrer scheme h is a URL; g (generated: "Hacker News"), c (campaign) and o
// (other) become the visit's utm_source, as a campaign link would.
class GoatCounterReader final : public HitReader
{
public:
    GoatCounterReader(const QString &file, const QString &siteDomain);

    // Opens the file and checks the header; false with file, line and column.
    bool open(ImportError *error);

    Result next(Hit *hit, ImportError *error) override;
    qint64 bytesRead() const override { return m_csv.input().bytesRead(); }
    qint64 bytesTotal() const override { return m_csv.input().size(); }
    qint64 rowsRead() const override { return m_rows; }
    const QMap<QString, qint64> &skipped() const override { return m_skipped; }

    static QString header();

private:
    ImportError errorAt(qsizetype field, const QString &message) const;

    QString m_file;
    QString m_domain;
    CsvReader m_csv;
    QList<QString> m_fields;
    qint64 m_rows = 0;
    QMap<QString, qint64> m_skipped;
};

} // namespace raycstr
