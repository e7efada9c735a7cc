#include "core/csvwriter.h"

#include <QTest>

using namespace raycstr;

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void numbersStayNumbers();
    void documentUsesCrlf();
};

void tst_CsvWriter::quoting_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "/blog"
                           << "/blog";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("crlf inside") << "a\r\nb"
                                 << "\"a\r\nb\"";
    QTest::newRow("unicode") << QString::fromUtf8("Zürich") << QString::fromUtf8("Zürich");
    // Formulas (CSV injection): neutralised with an apostrophe, then quoted as any cell.
    QTest::newRow("equals") << "=HYPERLINK(\"x\")"
                            << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus") << "+1+cmd"
                          << "'+1+cmd";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::newRow("cr") << "\r=1"
                        << "\"'\r=1\"";
    QTest::newRow("comma after") << "=1,2"
                                 << "\"'=1,2\"";
    QTest::newRow("middle is fine") << "a=b"
                                    << "a=b";
}

void tst_CsvWriter::quoting()
{
    QFETCH(QString, cell);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::field(cell), field);
}

void tst_CsvWriter::numbersStayNumbers()
{
    for (const char *n : {"-3", "0", "12.5", "-0.25", "1e5", "-2E-3"}) {
        QVERIFY2(CsvWriter::isPlainNumber(QLatin1String(n)), n);
        QCOMPARE(CsvWriter::field(QLatin1String(n)), QLatin1String(n));
    }
    for (const char *n : {"-", "-a", "1.", ".5", "1e", "--1", "1-1", "-1 "})
        QVERIFY2(!CsvWriter::isPlainNumber(QLatin1String(n)), n);
}

void tst_CsvWriter::documentUsesCrlf()
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("page"), QStringLiteral("visitors")});
    csv.addRow({QStringLiteral("/a,b"), QStringLiteral("2")});
    QCOMPARE(csv.data(), QByteArray("page,visitors\r\n\"/a,b\",2\r\n"));
    QCOMPARE(csv.rowCount(), 2);
}

QTEST_APPLESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
