#include "ui/widgets/periodpicker.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace raycstr;
using namespace raycstr::ui;

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
