#include "import/csvreader.h"

#include <QCoreApplication>

namespace raycstr {

CsvReader::Result CsvReader::next(QList<QString> *fields, QString *error)
{
    fields->clear();
    m_columns.clear();
    do {
        const InputFile::Result r = m_in.readLine(&m_line, error);
        if (r == InputFile::Result::Error) {
            m_errorLine = m_in.lineNumber() + 1;
            m_errorColumn = 0;
            return Result::Error;
        }
        if (r == InputFile::Result::End)
            return Result::End;
    } while (m_line.isEmpty());
    m_recordLine = m_in.lineNumber();
    QByteArray field;
    qsizetype i = 0;
    for (;;) {
        m_columns.append(i + 1);
        field.clear();
        if (i < m_line.size() && m_line.at(i) == '"') {
            const qint64 quoteLine = m_in.lineNumber();
            const qsizetype quoteColumn = i + 1;
            ++i;
            for (;;) {
                if (i >= m_line.size()) {
                    // A newline inside the quotes: the field goes on on the next line.
                    QString readError;
                    const InputFile::Result r = m_in.readLine(&m_line, &readError);
                    if (r != InputFile::Result::Line) {
                        *error = r == InputFile::Result::Error
                            ? readError
                            : QCoreApplication::translate("raycstr::CsvReader",
                                                          "a quoted field is never closed");
                        m_errorLine = quoteLine;
                        m_errorColumn = quoteColumn;
                        return Result::Error;
                    }
                    field.append('\n');
                    i = 0;
                    continue;
                }
                const char c = m_line.at(i);
                if (c == '"') {
                    if (i + 1 < m_line.size() && m_line.at(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(c);
                ++i;
            }
            if (i < m_line.size() && m_line.at(i) != ',') {
                *error = QCoreApplication::translate("raycstr::CsvReader",
                                                     "a '\"' in the middle of a field");
                m_errorLine = m_in.lineNumber();
                m_errorColumn = i + 1;
                return Result::Error;
            }
        } else {
            const qsizetype comma = m_line.indexOf(',', i);
            const qsizetype end = comma < 0 ? m_line.size() : comma;
            const qsizetype quote = m_line.indexOf('"', i);
            if (quote >= 0 && quote < end) {
                *error = QCoreApplication::translate("raycstr::CsvReader",
                                                     "a '\"' in the middle of a field");
                m_errorLine = m_in.lineNumber();
                m_errorColumn = quote + 1;
                return Result::Error;
            }
            field = m_line.sliced(i, end - i).toByteArray();
            i = end;
        }
        fields->append(QString::fromUtf8(field));
        if (i >= m_line.size())
            return Result::Record;
        ++i; // the comma
        if (i >= m_line.size()) { // a trailing comma: one more empty field
            m_columns.append(i + 1);
            fields->append(QString());
            return Result::Record;
        }
    }
}

} // namespace raycstr
