#include "core/csvwriter.h"

namespace raycstr {

bool CsvWriter::isPlainNumber(const QString &cell)
{
    // -?digits[.digits][e[+-]digits]: what a JSON number prints as; nothing else passes.
    qsizetype i = 0;
    const qsizetype n = cell.size();
    auto digits = [&] {
        const qsizetype start = i;
        while (i < n && cell.at(i).isDigit() && cell.at(i).unicode() < 128)
            ++i;
        return i > start;
    };
    if (i < n && cell.at(i) == QLatin1Char('-'))
        ++i;
    if (!digits())
        return false;
    if (i < n && cell.at(i) == QLatin1Char('.')) {
        ++i;
        if (!digits())
            return false;
    }
    if (i < n && (cell.at(i) == QLatin1Char('e') || cell.at(i) == QLatin1Char('E'))) {
        ++i;
        if (i < n && (cell.at(i) == QLatin1Char('+') || cell.at(i) == QLatin1Char('-')))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

QString CsvWriter::neutralised(const QString &cell)
{
    if (cell.isEmpty() || isPlainNumber(cell))
        return cell;
    switch (cell.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

QString CsvWriter::field(const QString &cell)
{
    QString out = neutralised(cell);
    const bool quote = out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"'))
        || out.contains(QLatin1Char('\r')) || out.contains(QLatin1Char('\n'));
    if (!quote)
        return out;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_data.append(',');
        m_data.append(field(cells.at(i)).toUtf8());
    }
    m_data.append("\r\n");
    ++m_rows;
}

} // namespace raycstr
