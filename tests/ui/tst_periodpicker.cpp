#include "ui/widgets/periodpicker.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QTimer>

using namespace raycstr;
using namespace raycstr::ui;

namespace {
// Whether the combo box shows its current text whole (the room its style gives the text).
bool textFits(const QComboBox *combo)
{
    QStyleOptionComboBox opt;
    opt.initFrom(combo);
    opt.currentText = combo->currentText();
    const QRect field
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField,
                                         combo);
    return field.width() >= combo->fontMetrics().horizontalAdvance(combo->currentText());
}
} // namespace

class TestPeriodPicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presetsEmitTheirPeriod()
    {
        PeriodPicker picker;
        picker.show();
        QCOMPARE(picker.period().kind, query::Period::Kind::Last30d);
        QSignalSpy spy(&picker, &PeriodPicker::periodChanged);
        QComboBox *combo = picker.comboBox();
        combo->setFocus();
        // Keyboard: the first entry is "Last 24 hours".
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(picker.period().kind, query::Period::Kind::Last24h);
        QCOMPARE(PeriodPicker::label(picker.period()), QStringLiteral("Last 24 hours"));
    }

    // A custom range's label is read whole: the box grows with it (issue 20: "23 Nov 2026 –
    // 6 Dec :").
    void customRangeLabelFits()
    {
        QWidget window;
        auto *row = new QHBoxLayout(&window);
        row->addStretch(1);
        auto *picker = new PeriodPicker(&window);
        row->addWidget(picker);
        window.resize(960, 60);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        query::Period p;
        p.kind = query::Period::Kind::Custom;
        p.from = QDate(2026, 11, 23);
        p.to = QDate(2026, 12, 6);
        picker->setPeriod(p);
        QCOMPARE(picker->comboBox()->currentText(), PeriodPicker::label(p));
        QTRY_VERIFY2(textFits(picker->comboBox()),
                 qPrintable(QStringLiteral("%1 px for \"%2\"")
                                .arg(picker->comboBox()->width())
                                .arg(picker->comboBox()->currentText())));
    }

    void customRangeFromTheCalendar()
    {
        PeriodPicker picker;
        picker.show();
        QSignalSpy spy(&picker, &PeriodPicker::periodChanged);
        const QDate from = QDate::currentDate().addDays(-20),
                    to = QDate::currentDate().addDays(-10);
        // The calendar dialog is modal: answer it once it is up.
        QTimer::singleShot(0, this, [from, to] {
            auto *dialog = qobject_cast<CustomRangeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setRange(from, to);
            dialog->accept();
        });
        const int custom = picker.comboBox()->count() - 1;
        picker.comboBox()->setCurrentIndex(custom);
        Q_EMIT picker.comboBox()->activated(custom);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(picker.period().kind, query::Period::Kind::Custom);
        QCOMPARE(picker.period().from, from);
        QCOMPARE(picker.period().to, to);
        QVERIFY(picker.comboBox()->currentText().contains(
            QLocale().toString(to, QStringLiteral("d MMM yyyy"))));

        // Cancelling keeps the previous period.
        QTimer::singleShot(0, this, [] { QApplication::activeModalWidget()->close(); });
        Q_EMIT picker.comboBox()->activated(custom);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(picker.period().from, from);
    }
};

QTEST_MAIN(TestPeriodPicker)
#include "tst_periodpicker.moc"
