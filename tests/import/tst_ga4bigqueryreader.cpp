// Ga4BigQueryReader (import/ga4bigqueryreader.h) on a committed sample of the BigQuery
// export (tests/data/ga4/events_20231101.ndjson, rows as `bq extract` writes them, in no
// time order): the hits come out in time order with what the schema says — page_location
// and page_referrer, a campaign from collected_traffic_source, the engagement ping with its
// engagement_time_msec, a custom event with its own string params only, country, device,
// browser and OS resolved, the visitor key from user_pseudo_id — and GA's session_start and
// an app's row are skipped by reason.

#include "import/ga4bigqueryreader.h"

#include <QTest>

using namespace raycstr;

class tst_Ga4BigQueryReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample();
};

void tst_Ga4BigQueryReader::sample()
{
    Ga4BigQueryReader reader({QStringLiteral(RAYCSTR_TEST_DATA_DIR "/ga4/events_20231101.ndjson")},
                             QStringLiteral("example.com"));
    ImportError error;
    QVERIFY2(reader.open(&error), qPrintable(error.toString()));
    QList<Hit> hits;
    Hit hit;
    for (;;) {
        const HitReader::Result r = reader.next(&hit, &error);
        QVERIFY(r != HitReader::Result::Error);
        if (r == HitReader::Result::End)
            break;
        hits.append(hit);
    }
    QCOMPARE(reader.rowsRead(), 6);
    QCOMPARE(reader.skipped(),
             (QMap<QString, qint64> {{QStringLiteral("app"), 1},
                                     {QStringLiteral("ga_automatic_event"), 1}}));
    QCOMPARE(hits.size(), 4);
    // In time order, whatever the file's order.
    QCOMPARE(hits.at(0).kind, EventKind::Pageview);
    QCOMPARE(hits.at(0).timestampMs, 1698829200000LL);
    QCOMPARE(hits.at(0).url,
             QStringLiteral("https://example.com/?utm_source=newsletter&"
                            "utm_medium=email&utm_campaign=spring"));
    QVERIFY(hits.at(0).props.isEmpty()); // page_title and ga_session_id are GA's own
    QCOMPARE(hits.at(1).kind, EventKind::Engagement);
    QCOMPARE(hits.at(1).value, 25000.0);
    QVERIFY(hits.at(1).hasValue && !hits.at(1).interactive);
    QCOMPARE(hits.at(2).kind, EventKind::Pageview);
    QCOMPARE(hits.at(2).url, QStringLiteral("https://example.com/pricing"));
    QCOMPARE(hits.at(2).referrer, QStringLiteral("https://www.google.com/"));
    QCOMPARE(hits.at(3).kind, EventKind::Custom);
    QCOMPARE(hits.at(3).name, QStringLiteral("sign_up"));
    QCOMPARE(hits.at(3).props,
             (QList<Property> {{QStringLiteral("method"), QStringLiteral("email")}}));
    for (const Hit &h : std::as_const(hits)) {
        QVERIFY(h.resolved);
        QCOMPARE(h.resolved->visitorKey, QByteArray("ga4:123.456"));
        QCOMPARE(h.resolved->country, QStringLiteral("DE"));
        QCOMPARE(h.resolved->agent,
                 (Agent {QStringLiteral("Safari"), QStringLiteral("17"), QStringLiteral("iOS"),
                         QStringLiteral("17.1"), DeviceType::Mobile}));
    }
}

QTEST_GUILESS_MAIN(tst_Ga4BigQueryReader)
#include "tst_ga4bigqueryreader.moc"
