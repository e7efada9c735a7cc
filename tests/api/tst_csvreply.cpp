// CSV answers of the stats routes (ours and Plausible's v1) over real HTTP, against the
// fixed traffic of common/apifixture.h plus two custom events whose property values are
// spreadsheet formulas: every breakdown, time series and aggregate route answers CSV for
// format=csv and for Accept: text/csv, with the JSON answer's rows and numbers, and no
// cell a spreadsheet would run.

#include "common/apifixture.h"
#include "core/csvwriter.h"

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QString Day = QStringLiteral("period=day&date=2023-11-14");

// RFC 4180, read independently of the writer: quoted fields, doubled quotes, CRLF rows.
QList<QStringList> parseCsv(const QByteArray &data, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    const QString text = QString::fromUtf8(data);
    bool quoted = false, wasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                *ok = false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                *ok = false;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n')) {
            *ok = false; // bare LF row end
        } else {
            field.append(c);
        }
    }
    if (quoted || !row.isEmpty() || !field.isEmpty())
        *ok = false; // the last row must end with CRLF
    return rows;
}

struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QString cell(int row, const QString &column) const
    {
        const qsizetype c = header.indexOf(column);
        return c < 0 || row >= rows.size() ? QStringLiteral("<none>") : rows.at(row).value(c);
    }
    int rowWhere(const QString &column, const QString &value) const
    {
        for (int i = 0; i < rows.size(); ++i)
            if (cell(i, column) == value)
                return i;
        return -1;
    }
};

} // namespace

class tst_CsvReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyReportRouteAnswersCsv_data();
    void everyReportRouteAnswersCsv();
    void breakdownNumbersEqualJson();
    void timeseriesAndOverview();
    void plausibleAggregateAndBreakdown();
    void acceptHeader();
    void formulasAreNeutralised();
    void errorsStayJson();

private:
    Table csv(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    ApiFixture api;
};

void tst_CsvReply::initTestCase()
{
    QVERIFY(api.start());
    // Two visitors whose sign-up carries a formula as its plan (a hostile site visitor
    // controls property values).
    int minute = 20;
    for (const char *plan : {"=HYPERLINK(\"http://evil\",\"x\")", "@SUM(A1)", "-2+3"}) {
        Hit h = api.fixture.pageview(QStringLiteral("https://example.com/"),
                                     QStringLiteral("203.0.113.%1").arg(minute));
        h.kind = EventKind::Custom;
        h.name = QStringLiteral("signup");
        h.props = {Property {QStringLiteral("plan"), QString::fromUtf8(plan)}};
        api.submit(minute++, h);
    }
}

Table tst_CsvReply::csv(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    all.append({"Authorization", "Bearer " + AllSitesKey});
    const HttpResult r = api.client->request("GET", path, QByteArray(), all);
    Table t;
    if (r.status != 200) {
        qWarning("%s: %d %s", qPrintable(path), r.status, r.body.constData());
        return t;
    }
    if (!r.header("Content-Type").startsWith("text/csv")) {
        qWarning("%s: content type %s", qPrintable(path), r.header("Content-Type").constData());
        return t;
    }
    bool ok = false;
    const QList<QStringList> rows = parseCsv(r.body, &ok);
    if (!ok || rows.isEmpty()) {
        qWarning("%s: not RFC 4180: %s", qPrintable(path), r.body.constData());
        return t;
    }
    t.header = rows.first();
    t.rows = rows.mid(1);
    return t;
}

void tst_CsvReply::everyReportRouteAnswersCsv_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rowsMember"); // empty: one row
    const auto ev = [](const char *name, const QString &q) {
        return QStringLiteral("/api/events/example.com/%1?%2").arg(QLatin1String(name), q);
    };
    QTest::newRow("stats") << QStringLiteral("/api/stats?site=example.com&") + Day << QString();
    QTest::newRow("overview") << ev("overview", Day + QStringLiteral("&compare=1")) << QString();
    QTest::newRow("timeseries") << ev("timeseries", Day + QStringLiteral("&interval=hour"))
                                << QStringLiteral("points");
    for (const char *name : {"pages", "sources", "countries", "devices"})
        QTest::newRow(name) << ev(name, Day) << QStringLiteral("rows");
    QTest::newRow("breakdown") << ev("breakdown", Day + QStringLiteral("&by=browser"))
                               << QStringLiteral("rows");
    QTest::newRow("vitals") << ev("vitals", Day) << QStringLiteral("routes");
    QTest::newRow("properties") << ev("properties", Day) << QStringLiteral("rows");
    QTest::newRow("goals") << ev("goals", Day) << QStringLiteral("goals");
    QTest::newRow("funnel") << ev("funnel", Day + QStringLiteral("&funnel=1"))
                            << QStringLiteral("steps");
    const QString v1 = QStringLiteral("/api/v1/stats/%1?site_id=example.com&period=day&date="
                                      "2023-11-14&metrics=visitors,pageviews,bounce_rate");
    QTest::newRow("v1 aggregate") << v1.arg(QStringLiteral("aggregate")) << QString();
    QTest::newRow("v1 timeseries")
        << v1.arg(QStringLiteral("timeseries")) << QStringLiteral("results");
    QTest::newRow("v1 breakdown") << v1.arg(QStringLiteral("breakdown"))
            + QStringLiteral("&property=visit:source")
                                  << QStringLiteral("results");
}

void tst_CsvReply::everyReportRouteAnswersCsv()
{
    QFETCH(QString, path);
    QFETCH(QString, rowsMember);
    const HttpResult json = api.get(path);
    QCOMPARE(json.status, 200);
    const Table t = csv(path + QStringLiteral("&format=csv"));
    QVERIFY(!t.header.isEmpty());
    const qsizetype expected
        = rowsMember.isEmpty() ? 1 : ApiFixture::object(json).value(rowsMember).toArray().size();
    QVERIFY(expected > 0);
    QCOMPARE(t.rows.size(), expected);
    for (const QStringList &row : t.rows)
        QCOMPARE(row.size(), t.header.size());
}

void tst_CsvReply::breakdownNumbersEqualJson()
{
    const QString path = QStringLiteral("/api/events/example.com/pages?") + Day;
    const QJsonArray rows
        = ApiFixture::object(api.get(path)).value(QStringLiteral("rows")).toArray();
    const Table t = csv(path + QStringLiteral("&format=csv"));
    QCOMPARE(t.header.first(), QStringLiteral("value"));
    QCOMPARE(t.header.at(1), QStringLiteral("visitors"));
    QCOMPARE(t.rows.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows.at(i).toObject();
        QCOMPARE(t.cell(i, QStringLiteral("value")), o.value(QStringLiteral("value")).toString());
        for (const char *m : {"visitors", "visits", "pageviews", "events"})
            QCOMPARE(t.cell(i, QLatin1String(m)),
                     QString::number(o.value(QLatin1String(m)).toInteger()));
    }
    // The fixture's numbers, so the comparison above cannot pass on two empty tables.
    const int home = t.rowWhere(QStringLiteral("value"), QStringLiteral("/"));
    QVERIFY(home >= 0);
    QCOMPARE(t.cell(home, QStringLiteral("visitors")), QStringLiteral("2"));
}

void tst_CsvReply::timeseriesAndOverview()
{
    const QString series
        = QStringLiteral("/api/events/example.com/timeseries?interval=hour&") + Day;
    const QJsonArray points
        = ApiFixture::object(api.get(series)).value(QStringLiteral("points")).toArray();
    Table t = csv(series + QStringLiteral("&format=csv"));
    QCOMPARE(
        t.header.mid(0, 3),
        (QStringList {QStringLiteral("date"), QStringLiteral("hour"), QStringLiteral("start")}));
    QCOMPARE(t.rows.size(), 24);
    const int ten = t.rowWhere(QStringLiteral("hour"), QStringLiteral("10"));
    QVERIFY(ten >= 0);
    QCOMPARE(t.cell(ten, QStringLiteral("date")), QStringLiteral("2023-11-14"));
    // The fixture's three visitors plus the three formula sign-ups, all in hour 10.
    QCOMPARE(t.cell(ten, QStringLiteral("visitors")), QStringLiteral("6"));
    QCOMPARE(t.cell(ten, QStringLiteral("pageviews")), QStringLiteral("4"));
    for (int i = 0; i < points.size(); ++i)
        for (const char *m : {"visitors", "visits", "pageviews", "events"})
            QCOMPARE(t.cell(i, QLatin1String(m)),
                     QString::number(points.at(i).toObject().value(QLatin1String(m)).toInteger()));

    t = csv(QStringLiteral("/api/events/example.com/overview?format=csv&compare=1&") + Day);
    QCOMPARE(t.rows.size(), 1);
    QCOMPARE(t.cell(0, QStringLiteral("visitors")), QStringLiteral("6"));
    QCOMPARE(t.cell(0, QStringLiteral("pageviews")), QStringLiteral("4"));
    QCOMPARE(t.cell(0, QStringLiteral("previous.visitors")), QStringLiteral("0"));
    QCOMPARE(t.cell(0, QStringLiteral("site.domain")), QStringLiteral("example.com"));
}

void tst_CsvReply::plausibleAggregateAndBreakdown()
{
    Table t = csv(QStringLiteral("/api/v1/stats/aggregate?site_id=example.com&period=day&date="
                                 "2023-11-14&metrics=visitors,bounce_rate&compare=previous_period"
                                 "&format=csv"));
    QCOMPARE(t.rows.size(), 1);
    QCOMPARE(t.cell(0, QStringLiteral("visitors.value")), QStringLiteral("6"));
    QCOMPARE(t.cell(0, QStringLiteral("visitors.change")), QStringLiteral("100"));
    QVERIFY(!t.cell(0, QStringLiteral("bounce_rate.value")).isEmpty());

    // A page's bounce rate is that of the visits that entered on it (PlausibleApi): the
    // cell says what the JSON says, and a page nobody entered on (null) is an empty cell.
    const QString pages = QStringLiteral(
        "/api/v1/stats/breakdown?site_id=example.com&period=day&date="
        "2023-11-14&property=event:page&metrics=visitors,bounce_rate");
    const QJsonArray pageRows
        = ApiFixture::object(api.get(pages)).value(QStringLiteral("results")).toArray();
    QJsonValue homeBounce;
    for (const QJsonValue &row : pageRows)
        if (row.toObject().value(QStringLiteral("page")) == QLatin1String("/"))
            homeBounce = row.toObject().value(QStringLiteral("bounce_rate"));
    t = csv(pages + QStringLiteral("&format=csv"));
    QCOMPARE(t.header,
             (QStringList {QStringLiteral("page"), QStringLiteral("visitors"),
                           QStringLiteral("bounce_rate")}));
    const int home = t.rowWhere(QStringLiteral("page"), QStringLiteral("/"));
    QVERIFY(home >= 0);
    QCOMPARE(t.cell(home, QStringLiteral("visitors")), QStringLiteral("2"));
    QCOMPARE(t.cell(home, QStringLiteral("bounce_rate")),
             homeBounce.isNull() ? QString() : QString::number(homeBounce.toDouble()));
    for (const QJsonValue &row : pageRows) {
        const QJsonObject o = row.toObject();
        if (o.value(QStringLiteral("bounce_rate")).isNull())
            QCOMPARE(t.cell(t.rowWhere(QStringLiteral("page"), o.value(QStringLiteral("page")).toString()),
                            QStringLiteral("bounce_rate")),
                     QString());
    }
}

void tst_CsvReply::acceptHeader()
{
    const QString path = QStringLiteral("/api/events/example.com/sources?") + Day;
    QVERIFY(!csv(path, {{"Accept", "text/csv"}}).header.isEmpty());
    QVERIFY(!csv(path, {{"Accept", "application/json;q=0.5, text/csv"}}).header.isEmpty());
    // JSON preferred, or no Accept at all: JSON.
    for (const QByteArray &accept :
         {QByteArray("application/json, text/csv;q=0.5"), QByteArray("*/*"), QByteArray()}) {
        QList<QPair<QByteArray, QByteArray>> headers {{"Authorization", "Bearer " + AllSitesKey}};
        if (!accept.isEmpty())
            headers.append({"Accept", accept});
        const HttpResult r = api.client->request("GET", path, QByteArray(), headers);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.header("Content-Type").startsWith("application/json"), accept.constData());
    }
    // format=json wins over Accept.
    const HttpResult r
        = api.client->request("GET", path + QStringLiteral("&format=json"), QByteArray(),
                              {{"Authorization", "Bearer " + AllSitesKey}, {"Accept", "text/csv"}});
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void tst_CsvReply::formulasAreNeutralised()
{
    const Table t
        = csv(QStringLiteral("/api/events/example.com/breakdown?by=prop:plan&format=csv&") + Day);
    QStringList values;
    for (int i = 0; i < t.rows.size(); ++i)
        values.append(t.cell(i, QStringLiteral("value")));
    QVERIFY2(values.contains(QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")")),
             qPrintable(values.join(QLatin1Char('|'))));
    QVERIFY(values.contains(QStringLiteral("'@SUM(A1)")));
    QVERIFY(values.contains(QStringLiteral("'-2+3")));
    QVERIFY(values.contains(QStringLiteral("pro")));
    for (const QStringList &row : t.rows)
        for (const QString &cell : row)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0))
                         || CsvWriter::isPlainNumber(cell),
                     qPrintable(cell));
}

void tst_CsvReply::errorsStayJson()
{
    HttpResult r = api.get(QStringLiteral("/api/events/example.com/pages?format=xml"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.error().contains(QLatin1String("format")));
    r = api.get(QStringLiteral("/api/events/nowhere.test/pages?format=csv"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(!r.error().isEmpty());
    r = api.get(QStringLiteral("/api/v1/stats/breakdown?site_id=example.com&format=csv"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.error().contains(QLatin1String("property")));
}

QTEST_MAIN(tst_CsvReply)
#include "tst_csvreply.moc"
