// The world map: the atlas the build wrote out of world-atlas (every country by its alpha-2
// code, holes kept), the hit test that finds a country at its centroid and sea as none, the
// sequential shading (more visitors, stronger, light and dark), the hover text, and a click
// that asks to filter.

#include "ui/widgets/worldatlas.h"
#include "ui/widgets/worldmap.h"

#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace raycstr;
using namespace raycstr::ui;

namespace {
double distance(const QColor &a, const QColor &b)
{
    return std::hypot(a.redF() - b.redF(), a.greenF() - b.greenF(), a.blueF() - b.blueF());
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xea));
    p.setColor(QPalette::Base, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xea));
    return p;
}
} // namespace

class tst_WorldMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void atlasHasTheCountries()
    {
        const WorldAtlas &atlas = WorldAtlas::embedded();
        QVERIFY2(atlas.countries().size() >= 170,
                 qPrintable(QString::number(atlas.countries().size())));
        QSet<QString> codes;
        for (const WorldAtlas::Country &c : atlas.countries()) {
            QVERIFY2(!c.path.isEmpty(), qPrintable(c.name));
            if (c.code.isEmpty())
                continue; // Kosovo, N. Cyprus, Somaliland: no ISO numeric id in the atlas
            QVERIFY2(c.code.size() == 2 && c.code == c.code.toUpper(), qPrintable(c.code));
            QVERIFY2(!codes.contains(c.code), qPrintable(c.code));
            codes.insert(c.code);
        }
        for (const char *code : {"DE", "FR", "US", "BR", "AU", "IN", "JP", "ZA", "LS", "RU", "FJ"})
            QVERIFY2(atlas.country(QLatin1String(code)), code);
        QCOMPARE(atlas.country(QStringLiteral("DE"))->name, QStringLiteral("Germany"));
        QVERIFY(!atlas.country(QStringLiteral("AQ"))); // Antarctica left out
        // The projection keeps the map wider than high, and the Natural Earth shape.
        QVERIFY(atlas.bounds().width() > 1.8 * atlas.bounds().height());
    }

    void badAtlasTextIsAnError()
    {
        QString error;
        WorldAtlas::parse("C\tDE\tGermany\nR\t1,2 3,x\n", &error);
        QVERIFY(error.contains(QLatin1String("line 2")));
        error.clear();
        WorldAtlas::parse("nonsense\n", &error);
        QVERIFY(!error.isEmpty());
        error.clear();
        WorldAtlas::parse("", &error);
        QVERIFY(!error.isEmpty());
    }

    // Each country is found at its centroid; Lesotho, a hole in South Africa, is Lesotho
    // there; the middle of the Atlantic is no country.
    void hitTestFindsTheCountryAtItsCentroid()
    {
        WorldMap map;
        map.resize(900, 460);
        for (const char *code :
             {"DE", "FR", "US", "BR", "AU", "IN", "ZA", "LS", "CA", "CN", "EG"}) {
            const QPointF at = map.positionOf(QLatin1String(code));
            QVERIFY(map.rect().contains(at.toPoint()));
            QCOMPARE(map.countryAt(at), QLatin1String(code));
        }
        QCOMPARE(map.positionOf(QStringLiteral("XX")), QPointF(-1, -1));
        const QPointF atlantic = map.positionOf(QStringLiteral("BR"))
            + (map.positionOf(QStringLiteral("EG")) - map.positionOf(QStringLiteral("BR"))) * 0.3;
        QCOMPARE(map.countryAt(atlantic), QString());
        QCOMPARE(map.countryAt(QPointF(2, 2)), QString()); // outside the globe
    }

    // More visitors, a fill farther from the card and nearer the accent, on both palettes;
    // a country without visitors is neither.
    void shadingFollowsVisitors()
    {
        for (const QPalette &palette : {QPalette(Qt::white), darkPalette()}) {
            const QColor none = WorldMap::shade(0, 100, palette);
            QColor last = WorldMap::shade(1, 100, palette);
            QVERIFY(last != none);
            const QColor top = WorldMap::shade(100, 100, palette);
            for (qint64 v : {2, 5, 10, 25, 50, 100}) {
                const QColor c = WorldMap::shade(v, 100, palette);
                QVERIFY2(distance(c, top) < distance(last, top),
                         qPrintable(
                             QStringLiteral("%1: %2 after %3").arg(v).arg(c.name(), last.name())));
                last = c;
            }
        }
        WorldMap map;
        map.setVisitors({{QStringLiteral("DE"), 40}, {QStringLiteral("FR"), 10}});
        QVERIFY(distance(map.fillOf(QStringLiteral("DE")), WorldMap::shade(40, 40, map.palette()))
                < 1e-9);
        QVERIFY(map.fillOf(QStringLiteral("DE")) != map.fillOf(QStringLiteral("FR")));
        QCOMPARE(map.fillOf(QStringLiteral("BR")), WorldMap::shade(0, 40, map.palette()));
    }

    void hoverNamesTheCountryAndClickFilters()
    {
        WorldMap map;
        map.resize(900, 460);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.setVisitors({{QStringLiteral("DE"), 1234}});
        QCOMPARE(map.hoverText(QStringLiteral("DE")), QStringLiteral("Germany: 1,234 visitors"));
        QCOMPARE(map.hoverText(QStringLiteral("FR")), QStringLiteral("France: 0 visitors"));
        const QPoint de = map.positionOf(QStringLiteral("DE")).toPoint();
        QTest::mouseMove(&map, de);
        QTRY_COMPARE(map.hoveredCountry(), QStringLiteral("DE"));
        QSignalSpy clicked(&map, &WorldMap::countryClicked);
        QTest::mouseClick(&map, Qt::LeftButton, {}, de);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("DE"));
        // The sea asks for nothing.
        QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(clicked.size(), 1);
    }
};

QTEST_MAIN(tst_WorldMap)
#include "tst_worldmap.moc"
