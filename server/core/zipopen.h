#pragma once

#include <QFile>
#include <QString>
#include <zip.h>

namespace raycstr {

// zip_open() with libzip's reason as text when it fails: the one place ZipReader and
// ZipWriter turn libzip's error code into a message.
inline zip_t *openZip(const QString &path, int flags, QString *error)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), flags, &code);
    if (!zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        *error = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
    }
    return zip;
}

} // namespace raycstr
