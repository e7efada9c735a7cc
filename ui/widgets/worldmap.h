#pragma once

#include <QHash>
#include <QWidget>

namespace raycstr::ui {

class WorldAtlas;

// The countries on a world map (WorldAtlas), shaded by their visitors on a sequential scale
// of the accent colour (more visitors, stronger; readable on light and dark palettes);
// hovering names the country and its visitors, clicking one asks to filter by it.
class WorldMap : public QWidget
{
    Q_OBJECT
public:
    explicit WorldMap(QWidget *parent = nullptr);

    // Visitors by ISO 3166-1 alpha-2 code; countries not named have none.
    void setVisitors(const QHash<QString, qint64> &visitors);
    qint64 visitors(const QString &code) const { return m_visitors.value(code); }

    // The country drawn at `pos` (widget coordinates), "" for sea or land without a code.
    QString countryAt(const QPointF &pos) const;
    // Where a country's centroid is drawn (widget coordinates); (-1, -1) for an unknown code.
    QPointF positionOf(const QString &code) const;
    // The fill of `code` as drawn now.
    QColor fillOf(const QString &code) const;
    // What hovering over `code` shows: "Germany: 1,234 visitors".
    QString hoverText(const QString &code) const;
    QString hoveredCountry() const { return m_hovered; }

    // The sequential scale: the fill for `visitors` of the highest `most` (0: no visitor).
    static QColor shade(qint64 visitors, qint64 most, const QPalette &palette);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void countryClicked(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QTransform toWidget() const;
    const WorldAtlas &m_atlas;
    QHash<QString, qint64> m_visitors;
    qint64 m_most = 0;
    QString m_hovered;
};

} // namespace raycstr::ui
