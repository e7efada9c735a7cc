#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace raycstr {

// CSV as RFC 4180 writes it (CRLF line ends, a field with a comma, quote, CR or LF in
// double quotes, quotes doubled), made safe to open in a spreadsheet: a text cell that
// starts with =, +, -, @, a tab or a CR would be read as a formula (CSV injection), so it
// is neutralised with a leading apostrophe. Plain numbers ("-3", "12.5") are left alone:
// they cannot carry a formula and a negative change must stay a number.
//
// Every CSV RayCstr writes (stats API, export zip) goes through here, so the quoting and
// the injection rule live in one place.
class CsvWriter
{
public:
    void addRow(const QStringList &cells);
    // The document so far, UTF-8, every row ended by CRLF.
    const QByteArray &data() const { return m_data; }
    qsizetype rowCount() const { return m_rows; }

    // One field as it appears in the file (neutralised, then quoted when needed).
    static QString field(const QString &cell);
    // The cell with a leading apostrophe when a spreadsheet would run it as a formula.
    static QString neutralised(const QString &cell);
    static bool isPlainNumber(const QString &cell);

private:
    QByteArray m_data;
    qsizetype m_rows = 0;
};

} // namespace raycstr
