#pragma once

#include <QFrame>
#include <optional>

class QLabel;

namespace raycstr::ui {

// One key figure: a caption, the value of the period, and its change against the previous
// period (or the same period a year before) as a coloured arrow (green up, red down; for
// bounce rate down is good). Clicking it picks its metric for the chart (`clicked`).
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QString &caption, bool lowerIsBetter = false, QWidget *parent = nullptr);

    void setValue(const QString &value, std::optional<double> changePercent);
    // What the change is against: the previous period (default) or the same one a year before.
    void setAgainstLastYear(bool lastYear);
    void setLoading();
    void setSelected(bool selected);
    QString valueText() const;
    QString changeText() const;

Q_SIGNALS:
    void clicked();

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void applyStyle();
    bool m_styling = false;
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_change;
    bool m_lowerIsBetter;
    std::optional<double> m_changeValue;
    bool m_selected = false;
    bool m_lastYear = false;
};

} // namespace raycstr::ui
