#pragma once

#include "import/inputfile.h"

#include <QList>
#include <QString>

namespace raycstr {

// CSV records as Go's encoding/csv writes them (GoatCounter's export): comma-separated,
// fields optionally in "…" with "" for a quote, newlines allowed inside quotes, lines ending
// in \n or \r\n, blank lines skipped. Streams through an InputFile (plain or gzip'd).
class CsvReader
{
public:
    bool open(const QString &path, QString *error) { return m_in.open(path, error); }

    enum class Result { Record, End, Error };
    // The next record's fields; Error with the 1-based line and column of the fault.
    Result next(QList<QString> *fields, QString *error);
    qint64 recordLine() const { return m_recordLine; } // where the last record started
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }
    // 1-based column (in its line) where field `index` of the last record starts.
    qint64 fieldColumn(qsizetype index) const
    {
        return index < m_columns.size() ? m_columns.at(index) : 0;
    }
    const InputFile &input() const { return m_in; }

private:
    InputFile m_in;
    QByteArrayView m_line; // into the input's buffer
    QList<qint64> m_columns;
    qint64 m_recordLine = 0;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};

} // namespace raycstr
