#pragma once

#include <QByteArray>
#include <QString>

struct zip;

namespace raycstr {

// A zip archive of in-memory files (the export's CSV files), written with libzip: Qt 6.4
// has no public zip writer (QZipWriter is private API). Files are deflated; the archive
// is written to `path` on close(), through a temporary file libzip renames into place, so
// a failed export leaves no half archive. Created 0600: an export holds the site's data.
class ZipWriter
{
public:
    ZipWriter() = default;
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool open(const QString &path, QString *error);
    bool add(const QString &name, const QByteArray &data, QString *error);
    bool close(QString *error);

private:
    ::zip *m_zip = nullptr;
    QString m_path;
};

} // namespace raycstr
