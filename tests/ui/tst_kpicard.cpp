#include "ui/text/format.h"
#include "ui/widgets/kpicard.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace raycstr::ui;

class TestKpiCard : public QObject
{
    Q_OBJECT
private:
    static QColor changeColor(const KpiCard &card)
    {
        const QList<QLabel *> labels = card.findChildren<QLabel *>();
        return labels.last()->palette().color(QPalette::WindowText);
    }

private Q_SLOTS:
    void showsValueAndChange()
    {
        KpiCard card(QStringLiteral("Visitors"));
        card.setValue(QStringLiteral("1,234"), 12.5);
        QCOMPARE(card.valueText(), QStringLiteral("1,234"));
        QVERIFY2(card.changeText().contains(QStringLiteral("▲")), qPrintable(card.changeText()));
        QVERIFY2(card.changeText().contains(QStringLiteral("13%")), qPrintable(card.changeText()));
        QCOMPARE(changeColor(card), theme::positive(card.palette()));
        card.setValue(QStringLiteral("900"), -30.0);
        QVERIFY(card.changeText().contains(QStringLiteral("▼")));
        QCOMPARE(changeColor(card), theme::negative(card.palette()));
        card.setValue(QStringLiteral("900"), std::nullopt);
        QCOMPARE(card.changeText(), QStringLiteral("no previous data"));
    }

    void lowerIsBetterForBounceRate()
    {
        KpiCard card(QStringLiteral("Bounce rate"), true);
        card.setValue(QStringLiteral("40%"), -10.0);
        QCOMPARE(changeColor(card), theme::positive(card.palette()));
        card.setValue(QStringLiteral("60%"), 10.0);
        QCOMPARE(changeColor(card), theme::negative(card.palette()));
    }

    void followsThePalette()
    {
        KpiCard card(QStringLiteral("Visitors"));
        card.setValue(QStringLiteral("1"), 50.0);
        QPalette dark = card.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        card.setPalette(dark);
        QVERIFY(theme::isDark(card.palette()));
        QCOMPARE(changeColor(card), theme::positive(dark));
        QVERIFY(theme::positive(dark) != theme::positive(QPalette(QColor(Qt::white))));
    }

    // Selecting a card (its metric on the chart, issue 20) keeps the card's background in a
    // dark window: the card's own style sheet must not feed back into its colours.
    void selectingKeepsTheBackground()
    {
        QWidget window;
        QPalette dark = window.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x1a, 0x1a, 0x1a));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        window.setPalette(dark);
        auto *card = new KpiCard(QStringLiteral("Visitors"), false, &window);
        const QString background = theme::cardBackground(dark).name(QColor::HexArgb);
        for (bool selected : {true, false, true, true}) {
            card->setSelected(selected);
            card->setValue(QStringLiteral("1"), 5.0);
            window.show();
            QVERIFY2(card->styleSheet().contains(background), qPrintable(card->styleSheet()));
        }
        QVERIFY(card->styleSheet().contains(theme::accent(dark).name(QColor::HexArgb)));
        // Clicking it asks for its metric.
        QSignalSpy clicked(card, &KpiCard::clicked);
        QTest::mouseClick(card, Qt::LeftButton);
        QCOMPARE(clicked.size(), 1);
    }
};

QTEST_MAIN(TestKpiCard)
#include "tst_kpicard.moc"
