#include "core/funnelyaml.h"

#include <QTest>

using namespace raycstr;

class TestFunnelYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedFormParses();
    void extensionsParse();
    void roundTrips_data();
    void roundTrips();
    void errorsNameTheLine_data();
    void errorsNameTheLine();
};

namespace {

QByteArray lines(std::initializer_list<const char *> parts)
{
    QByteArray out;
    for (const char *p : parts)
        out += QByteArray(p) + '\n';
    return out;
}

} // namespace

void TestFunnelYaml::seedFormParses()
{
    // Exactly the seed's example.
    const QByteArray text
        = lines({"funnel:", "  - step: /", "    name: homepage", "  - step: /pricing",
                 "    name: pricing page", "  - step: /signup", "    name: signup",
                 "  - step: /dashboard", "    name: converted"});
    QString error;
    const auto f = FunnelYaml::parse(text, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->steps.size(), 4);
    QCOMPARE(f->steps[0].match, (Matcher {Matcher::Kind::Page, QStringLiteral("/")}));
    QCOMPARE(f->steps[0].name, QStringLiteral("homepage"));
    QCOMPARE(f->steps[3].match.value, QStringLiteral("/dashboard"));
    QCOMPARE(f->steps[3].label(), QStringLiteral("converted"));
    QVERIFY(f->name.isEmpty());
}

void TestFunnelYaml::extensionsParse()
{
    const QByteArray text
        = lines({"name: Blog to sign-up", "id: 99", "funnel:", "  - step: /blog/**",
                 "  - event: signup", "    name: signed up", "  - page: /docs/*/intro"});
    QString error;
    const auto f = FunnelYaml::parse(text, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->name, QStringLiteral("Blog to sign-up"));
    QCOMPARE(f->id, 0); // an imported id is never trusted
    QCOMPARE(f->steps.size(), 3);
    QCOMPARE(f->steps[0].match, (Matcher {Matcher::Kind::Page, QStringLiteral("/blog/**")}));
    QCOMPARE(f->steps[0].label(), QStringLiteral("/blog/**"));
    QCOMPARE(f->steps[1].match, (Matcher {Matcher::Kind::Event, QStringLiteral("signup")}));
    QCOMPARE(f->steps[2].match.kind, Matcher::Kind::Page);
}

void TestFunnelYaml::roundTrips_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stepName");
    QTest::addColumn<QString>("event");
    QTest::newRow("plain") << "Checkout"
                           << "cart"
                           << "purchase";
    QTest::newRow("yaml specials") << "*star: colon # hash"
                                   << "- dash, [list]"
                                   << "@at&amp";
    QTest::newRow("quotes and unicode") << "\"Anmeldung\" – 登録"
                                        << "it's 'quoted'"
                                        << "ñ:ü";
    QTest::newRow("looks like other types") << "true"
                                            << "123"
                                            << "null";
}

void TestFunnelYaml::roundTrips()
{
    QFETCH(QString, name);
    QFETCH(QString, stepName);
    QFETCH(QString, event);
    Funnel f;
    f.id = 12;
    f.name = name;
    f.steps = {
        FunnelStep {stepName, {Matcher::Kind::Page, QStringLiteral("/shop/*")}},
        FunnelStep {QString(), {Matcher::Kind::Event, event}},
        FunnelStep {QStringLiteral("done"), {Matcher::Kind::Page, QStringLiteral("/thanks/**")}}};
    const QByteArray text = FunnelYaml::write(f);
    QString error;
    const auto back = FunnelYaml::parse(text, &error);
    QVERIFY2(back, qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(text)));
    QCOMPARE(back->name, f.name);
    QCOMPARE(back->steps, f.steps);
    QVERIFY(text.contains("id: 12"));
    // Written again, the same text: export → import → export is stable.
    Funnel again = *back;
    again.id = 12;
    QCOMPARE(FunnelYaml::write(again), text);
}

void TestFunnelYaml::errorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // a part of the message, line included
    QTest::newRow("bad indentation")
        << lines({"funnel:", "  - step: /", "   name: x", "  - step: /b"}) << "line 3";
    QTest::newRow("unclosed quote")
        << lines({"funnel:", "  - step: \"/a", "  - step: /b"}) << "line ";
    QTest::newRow("not a mapping") << lines({"- step: /"}) << "line 1: expected a mapping";
    QTest::newRow("no steps") << lines({"name: x"}) << "line 1: no 'funnel:'";
    QTest::newRow("steps not a list")
        << lines({"name: x", "funnel: /a"}) << "line 2: 'funnel' must be a list";
    QTest::newRow("one step") << lines({"funnel:", "  - step: /"})
                              << "line 1: a funnel has 2 to 8 steps, this one has 1";
    QTest::newRow("nine steps") << lines({"funnel:", "  - step: /1", "  - step: /2", "  - step: /3",
                                          "  - step: /4", "  - step: /5", "  - step: /6",
                                          "  - step: /7", "  - step: /8", "  - step: /9"})
                                << "8 steps, this one has 9";
    QTest::newRow("step without target") << lines({"funnel:", "  - step: /", "  - name: x"})
                                         << "line 3: step 2 needs 'step: /path' or 'event: name'";
    QTest::newRow("both targets") << lines(
        {"funnel:", "  - step: /", "  - step: /b", "    event: e"})
                                  << "line 3: step 2 has both";
    QTest::newRow("unknown step key")
        << lines({"funnel:", "  - step: /", "  - step: /b", "    naem: typo"})
        << "line 4: unknown key 'naem' in step 2";
    QTest::newRow("unknown top key")
        << lines({"funnel:", "  - step: /", "  - step: /b", "color: red"})
        << "line 4: unknown key 'color'";
    QTest::newRow("path without slash")
        << lines({"funnel:", "  - step: /", "  - step: signup"})
        << "line 3: step 2: the path pattern 'signup' must start with '/' (for a custom event "
           "write 'event: signup')";
    QTest::newRow("empty event") << lines({"funnel:", "  - step: /", "  - event: \"\""})
                                 << "line 3: step 2: the event name is empty";
    QTest::newRow("list as name") << lines(
        {"funnel:", "  - step: /", "  - step: /b", "    name: [a, b]"})
                                  << "line 4: 'name' must be a single value";
    QTest::newRow("long event") << lines(
        {"funnel:", "  - step: /", QByteArray("  - event: " + QByteArray(121, 'x')).constData()})
                                << "line 3: step 2: the event name is longer than 120";
    QTest::newRow("empty file") << QByteArray() << "line 1: expected a mapping";
}

void TestFunnelYaml::errorsNameTheLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!FunnelYaml::parse(text, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFunnelYaml)
#include "tst_funnelyaml.moc"
