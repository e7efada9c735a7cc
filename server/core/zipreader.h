#pragma once

#include <QString>
#include <QStringList>

struct zip;

namespace raycstr {

// Reads a zip archive's files with libzip (the counterpart of ZipWriter; Qt 6.4 has no public
// zip reader). Entries are copied out in fixed chunks, so memory stays the same whatever
// their size. Used for exports of other analytics tools (Plausible's CSV export).
class ZipReader
{
public:
    ZipReader() = default;
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // False with the reason when `path` is not a readable zip archive.
    bool open(const QString &path, QString *error);
    // The files in the archive (directories left out), in the archive's order.
    QStringList names() const;
    // The entry's uncompressed size in bytes (0 when unknown).
    qint64 size(const QString &name) const;
    // Writes entry `name` to the file `target`; false with the reason (a damaged entry
    // included: libzip checks each entry's CRC at its end).
    bool extract(const QString &name, const QString &target, QString *error) const;

private:
    ::zip *m_zip = nullptr;
    QString m_path;
};

} // namespace raycstr
