#pragma once

#include "import/hitreader.h"
#include "import/postgresconnection.h"

#include <QCoreApplication>
#include <QSet>

namespace raycstr {

// Umami's PostgreSQL database (v2 and v3 schemas) → raw hits, read straight from its tables
// in one read-only transaction (PostgresConnection), in time order through a server-side
// cursor: memory holds one batch of rows whatever the table's size.
//
//   website        the website: --website UUID, or the one whose domain is the site's
//   website_event  event_type 1 → a pageview of https://hostname + url_path ? url_query,
//                  event_type 2 → a custom event named event_name; other types (v3's links
//                  and pixels) are skipped by reason. The referrer is referrer_domain +
//                  referrer_path ? referrer_query; v3's utm_* columns are added to the URL
//                  when url_query lost them
//   event_data     the custom event's props (data_key → string, number or date value)
//   session        browser, os, device and country (Hit::Resolved: Umami dropped its bots
//                  already); session_id is the visitor, hashed by the pipeline with the
//                  run's own keys like an address, so it never reaches the disk
// Visits: where website_event has visit_id (Umami 2.10 and later), a new visit_id begins a
// new visit (Hit::Resolved::startsVisit); the sessionizer's 30 minutes still end a visit
// that went quiet. Without visit_id the sessionizer alone makes the visits.
// Columns are found by name (information_schema), so the schema's versions all read; a
// missing table or column is named in the error.
class UmamiReader final : public HitReader
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::UmamiReader)
public:
    // `websiteId` empty: the website whose domain is `siteDomain`.
    UmamiReader(const QString &conninfo, const QString &websiteId, const QString &siteDomain);

    // Connects, checks the schema, finds the website and opens the cursor; false with the
    // reason (the file of `error` is the connection as shown()).
    bool open(ImportError *error);
    // "postgres://user@host:port/db website UUID": the import's "file", without a password.
    QString sourceName() const;
    QString websiteId() const { return m_websiteId; }
    qint64 rowsTotal() const { return m_total; }

    Result next(Hit *hit, ImportError *error) override;
    // Progress in rows, not bytes.
    qint64 bytesRead() const override { return m_rows; }
    qint64 bytesTotal() const override { return m_total; }
    qint64 rowsRead() const override { return m_rows + m_skippedRows; }
    const QMap<QString, qint64> &skipped() const override { return m_skipped; }

    // Umami's names (detect-browser's browsers, its OS names, its device buckets) → what
    // the UA parser gives live hits. Public for the tests.
    static QString browserName(const QString &umami);
    static QPair<QString, QString> osNameAndVersion(const QString &umami);
    static DeviceType deviceType(const QString &umami);

private:
    using Columns = QHash<QString, QSet<QString>>; // table → its columns
    bool checkSchema(const Columns &columns, QString *error);
    bool findWebsite(QString *error);
    // The cursor's DECLARE; notes whether the utm_* columns are in it.
    QString cursorQuery(const Columns &columns);
    bool fetch(ImportError *error);
    ImportError fault(const QString &message) const;

    QString m_conninfo;
    QString m_domain;
    QString m_websiteId;
    PostgresConnection m_db;
    PostgresResult m_batch;
    int m_next = 0;
    bool m_exhausted = false;
    bool m_hasUtm = false;
    qint64 m_total = 0;
    qint64 m_rows = 0;
    qint64 m_skippedRows = 0; // counted in open(): the cursor leaves them out
    QMap<QString, qint64> m_skipped;
};

} // namespace raycstr
