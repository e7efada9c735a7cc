#pragma once

#include "import/hitreader.h"
#include "import/inputfile.h"
#include "import/logformat.h"

#include <QStringList>

namespace raycstr {

// Web-server access logs (nginx, Apache; plain or gzip'd) → pageview hits. Several files are
// read one after another, ordered by their first line's time (access.log.2.gz before
// access.log.1 before access.log). Skipped, with counts: anything but GET ("method"),
// statuses other than 2xx and 304 ("status"; redirects as "redirect": the page they lead
// to is the pageview, as the tracker would see it), static assets ("static"), and requests
// that are not a path ("bad_request"). Bots are left to the pipeline's bot filter.
class AccessLogReader final : public HitReader
{
public:
    // `defaultHost`: the site's domain, for formats without $host.
    AccessLogReader(const QStringList &files, const LogFormat &format, const QString &defaultHost);

    // Checks every file and orders them; false with the file (and line) that is wrong.
    bool open(ImportError *error);
    QStringList orderedFiles() const { return m_files; }

    Result next(Hit *hit, ImportError *error) override;
    qint64 bytesRead() const override;
    qint64 bytesTotal() const override { return m_bytesTotal; }
    qint64 rowsRead() const override { return m_rows; }
    const QMap<QString, qint64> &skipped() const override { return m_skipped; }

    // Static asset paths: by extension (stylesheets, scripts, images, fonts, media, maps…).
    static bool isStaticAsset(QByteArrayView path);

private:
    // One line → hit; false with `skipReason` set (wanted: none) or `error` filled.
    bool toHit(QByteArrayView line, Hit *hit, QString *skipReason, ImportError *error);
    qint64 timeOf(const LogFormat::Values &v, QByteArrayView line, ImportError *error) const;

    QStringList m_files;
    LogFormat m_format;
    QByteArray m_defaultHost;
    qsizetype m_current = -1;
    InputFile m_input;
    qint64 m_bytesDone = 0; // of the files finished
    qint64 m_bytesTotal = 0;
    qint64 m_rows = 0;
    QMap<QString, qint64> m_skipped;
    QByteArrayView m_line; // into the input's buffer
};

} // namespace raycstr
