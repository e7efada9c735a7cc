#pragma once

#include <QList>
#include <QPainterPath>
#include <QString>

namespace raycstr::ui {

// The countries of the world map, read once from the resource the build writes out of npm
// `world-atlas` (Natural Earth 1:110m, public domain; resources/worldmap/worldmap.mjs) and
// projected with the Natural Earth projection (Šavrič et al., 2011: an equal-area-ish
// compromise without Mercator's giant Greenland). Coordinates are projected units: x in
// [-2.73, 2.73] east, y in about [-1.4, 1.4] north up; the widget scales them.
class WorldAtlas
{
public:
    struct Country
    {
        QString code; // ISO 3166-1 alpha-2, as GeoIP reports it; "" for land without one
        QString name; // Natural Earth's English name (the UI shows countryName(code))
        QPainterPath path; // even-odd: holes (Lesotho in South Africa) are rings too
        QPointF centroid; // of its largest ring: a point inside for the usual shapes
    };

    // The atlas of the embedded resource (loaded on first use; GUI thread).
    static const WorldAtlas &embedded();
    // Parses the resource's text; `error` says what is wrong with a bad one.
    static WorldAtlas parse(const QByteArray &text, QString *error);

    const QList<Country> &countries() const { return m_countries; }
    const Country *country(const QString &code) const;
    // The globe's outline (the meridians at ±180°, the parallels the map shows).
    QPainterPath outline() const { return m_outline; }
    QRectF bounds() const { return m_outline.boundingRect(); }

    // Longitude/latitude in degrees to projected units.
    static QPointF project(double lon, double lat);

private:
    QList<Country> m_countries;
    QPainterPath m_outline;
};

} // namespace raycstr::ui
