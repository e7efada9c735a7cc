#pragma once

#include <QFrame>
#include <optional>

class QLabel;

namespace raycstr::ui {

// One key figure: a caption, the value of the period, and its change against the previous
// period as a coloured arrow (green up, red down; for bounce rate down is good).
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QString &caption, bool lowerIsBetter = false, QWidget *parent = nullptr);

    void setValue(const QString &value, std::optional<double> changePercent);
    void setLoading();
    void setSelected(bool selected);
    QString valueText() const;
    QString changeText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    bool m_styling = false;
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_change;
    bool m_lowerIsBetter;
    std::optional<double> m_changeValue;
    bool m_selected = false;
};

} // namespace raycstr::ui
