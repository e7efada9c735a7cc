#pragma once

#include <QByteArray>
#include <QString>

struct zip;
struct zip_source;

namespace raycstr {

// A zip archive of in-memory files (the export's CSV files), written with libzip: Qt 6.4
// has no public zip writer (QZipWriter is private API). Files are deflated; the archive
// is written to `path` on close(), through a temporary file libzip renames into place, so
// a failed export leaves no half archive. Created 0600: an export holds the site's data.
// Or, opened with openBuffer(), into memory (the export route's answer): bytes() after
// close(). With setModificationTime() the entries carry that time instead of the moment
// they were added, so two writers of the same files at the same clock make the same bytes.
class ZipWriter
{
public:
    ZipWriter() = default;
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool open(const QString &path, QString *error);
    bool openBuffer(QString *error);
    // The entries' time (seconds since the epoch), for the files added after this call.
    void setModificationTime(qint64 secs) { m_mtime = secs; }
    bool add(const QString &name, const QByteArray &data, QString *error);
    bool close(QString *error);
    // The archive written by close() after openBuffer().
    const QByteArray &bytes() const { return m_bytes; }

private:
    bool readBuffer(QString *error);

    ::zip *m_zip = nullptr;
    ::zip_source *m_buffer = nullptr; // openBuffer(): the archive's memory, kept past close()
    QString m_path;
    QByteArray m_bytes;
    qint64 m_mtime = -1;
};

} // namespace raycstr
