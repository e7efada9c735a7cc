#include "worldmap.h"

#include "ui/text/countrynames.h"
#include "ui/text/format.h"
#include "ui/widgets/worldatlas.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace raycstr::ui {

WorldMap::WorldMap(QWidget *parent)
    : QWidget(parent)
    , m_atlas(WorldAtlas::embedded())
{
    setMouseTracking(true);
    setMinimumSize(240, 130);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("World map of visitors"));
}

void WorldMap::setVisitors(const QHash<QString, qint64> &visitors)
{
    m_visitors = visitors;
    m_most = 0;
    for (qint64 v : visitors)
        m_most = std::max(m_most, v);
    update();
}

QSize WorldMap::sizeHint() const
{
    return QSize(480, heightForWidth(480));
}

int WorldMap::heightForWidth(int width) const
{
    const QRectF b = m_atlas.bounds();
    return b.width() > 0 ? int(std::ceil(width * b.height() / b.width())) : width / 2;
}

// The atlas' bounds fitted into the widget, centred, a pixel of air around.
QTransform WorldMap::toWidget() const
{
    const QRectF b = m_atlas.bounds();
    if (b.isEmpty())
        return {};
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    const double scale = std::min(area.width() / b.width(), area.height() / b.height());
    QTransform t;
    t.translate(area.center().x(), area.center().y());
    t.scale(scale, scale);
    t.translate(-b.center().x(), -b.center().y());
    return t;
}

QColor WorldMap::shade(qint64 visitors, qint64 most, const QPalette &palette)
{
    const QColor accent = theme::accent(palette);
    const QColor background = theme::cardBackground(palette);
    if (visitors <= 0 || most <= 0) {
        // Land without visitors: a neutral grey a step off the card.
        QColor land = palette.color(QPalette::WindowText);
        land.setAlphaF(theme::isDark(palette) ? 0.16f : 0.10f);
        return land;
    }
    // From a pale tint of the accent (a single visitor still shows) to the accent itself; the
    // square root spreads the many small countries away from the pale end.
    const double t = 0.2 + 0.8 * std::sqrt(double(visitors) / double(most));
    auto mix = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(mix(background.red(), accent.red()), mix(background.green(), accent.green()),
                  mix(background.blue(), accent.blue()));
}

QColor WorldMap::fillOf(const QString &code) const
{
    return shade(m_visitors.value(code), m_most, palette());
}

QString WorldMap::countryAt(const QPointF &pos) const
{
    bool invertible = false;
    const QPointF at = toWidget().inverted(&invertible).map(pos);
    if (!invertible || !m_atlas.outline().contains(at))
        return QString();
    for (const WorldAtlas::Country &c : m_atlas.countries())
        if (!c.code.isEmpty() && c.path.boundingRect().contains(at) && c.path.contains(at))
            return c.code;
    return QString();
}

QPointF WorldMap::positionOf(const QString &code) const
{
    const WorldAtlas::Country *c = m_atlas.country(code);
    return c ? toWidget().map(c->centroid) : QPointF(-1, -1);
}

QString WorldMap::hoverText(const QString &code) const
{
    const WorldAtlas::Country *c = m_atlas.country(code);
    if (!c)
        return QString();
    const QString name = countryName(code).isEmpty() ? c->name : countryName(code);
    const qint64 n = m_visitors.value(code);
    return (n == 1 ? tr("%1: %2 visitor") : tr("%1: %2 visitors")).arg(name, QLocale().toString(n));
}

void WorldMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QTransform t = toWidget();
    painter.setTransform(t);
    // Rings unwrapped past 180° (Russia, Fiji) are cut at the globe's edge.
    painter.setClipPath(m_atlas.outline());
    const QPalette p = palette();
    QPen border(theme::cardBackground(p), 0.7);
    border.setCosmetic(true);
    for (const WorldAtlas::Country &c : m_atlas.countries()) {
        painter.setPen(border);
        painter.setBrush(shade(m_visitors.value(c.code), m_most, p));
        painter.drawPath(c.path);
    }
    if (const WorldAtlas::Country *c = m_atlas.country(m_hovered)) {
        QPen outline(p.color(QPalette::WindowText), 1.4);
        outline.setCosmetic(true);
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(c->path);
    }
}

void WorldMap::mouseMoveEvent(QMouseEvent *event)
{
    const QString code = countryAt(event->position());
    if (code != m_hovered) {
        m_hovered = code;
        setCursor(code.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
    if (code.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), hoverText(code), this);
    QWidget::mouseMoveEvent(event);
}

void WorldMap::mouseReleaseEvent(QMouseEvent *event)
{
    QWidget::mouseReleaseEvent(event);
    const QString code = countryAt(event->position());
    if (event->button() == Qt::LeftButton && !code.isEmpty())
        Q_EMIT countryClicked(code);
}

void WorldMap::leaveEvent(QEvent *event)
{
    m_hovered.clear();
    update();
    QWidget::leaveEvent(event);
}

} // namespace raycstr::ui
