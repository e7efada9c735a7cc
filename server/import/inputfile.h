#pragma once

#include <QByteArray>
#include <QString>

namespace raycstr {

// A file read line by line, plain or gzip'd (zlib tells them apart by the magic bytes), in
// a fixed buffer: memory stays the same for a 1 KB and a 10 GB file.
class InputFile
{
public:
    static constexpr qsizetype MaxLineBytes = 1 << 20;

    InputFile() = default;
    ~InputFile();
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    QString path() const { return m_path; }
    void clearPath() { m_path.clear(); }

    enum class Result { Line, End, Error };
    // The next line without its "\n" / "\r\n", valid until the next call (a view into the
    // buffer: no copy per line). Error: unreadable or damaged file, or a line over
    // MaxLineBytes (the message says which).
    Result readLine(QByteArrayView *line, QString *error);
    qint64 lineNumber() const { return m_lineNumber; } // of the line last returned, 1-based
    qint64 bytesRead() const; // of the file on disk (compressed bytes for gzip)
    qint64 size() const { return m_size; }

private:
    bool fill(QString *error);

    void *m_gz = nullptr; // gzFile
    QString m_path;
    qint64 m_size = 0;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_lineNumber = 0;
};

} // namespace raycstr
