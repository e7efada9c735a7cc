#include "auth/passwordstore.h"
#include "common/databasebytes.h"
#include "common/logcapture.h"
#include "core/clock.h"
#include "store/database.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::auth;
using namespace raycstr::testing;

class tst_PasswordStore : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        ManualClock clock {1700000000000LL};
        PasswordStore store {&clock};
        Fixture()
        {
            QString error;
            if (!store.open(dir.path(), &error))
                qFatal("%s", qPrintable(error));
        }
        QString storedHash() const
        {
            SqliteDb db;
            QString error;
            if (!Database::openReadOnly(&db, dir.path(), &error))
                return error;
            Statement st(db, "SELECT password_hash FROM users");
            return st.next() ? st.text(0) : QString();
        }
    };

private Q_SLOTS:
    void nothingVerifiesBeforeAPasswordIsSet()
    {
        Fixture f;
        QVERIFY(!f.store.hasPassword());
        QVERIFY(!f.store.verify("correct horse battery"));
        QVERIFY(!f.store.verify(QByteArray()));
    }

    void setPasswordVerifiesOnlyThatPasswordAsArgon2id()
    {
        Fixture f;
        QString error;
        QVERIFY2(f.store.setPassword("correct horse battery", &error), qPrintable(error));
        QVERIFY(f.store.hasPassword());
        QVERIFY(f.store.verify("correct horse battery"));
        QVERIFY(!f.store.verify("correct horse batterY"));
        QVERIFY(!f.store.verify("correct horse battery "));
        QVERIFY(!f.store.verify(QByteArray()));
        const QString hash = f.storedHash();
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        // Salted: the same password twice gives two different strings.
        QVERIFY(f.store.setPassword("correct horse battery", &error));
        QVERIFY(f.storedHash() != hash);
        QVERIFY(f.store.verify("correct horse battery"));
    }

    void changingThePasswordRetiresTheOldOne()
    {
        Fixture f;
        QString error;
        QVERIFY(f.store.setPassword("first password", &error));
        QVERIFY(f.store.setPassword("second password", &error));
        QVERIFY(!f.store.verify("first password"));
        QVERIFY(f.store.verify("second password"));
    }

    void lengthRules_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("9 characters") << QByteArray("123456789") << false;
        QTest::newRow("10 characters") << QByteArray("1234567890") << true;
        QTest::newRow("empty") << QByteArray() << false;
        // Counted in characters: 6 "ä" are 12 bytes but still too short; 10 are enough.
        QTest::newRow("6 umlauts") << QString(6, QChar(0xe4)).toUtf8() << false;
        QTest::newRow("10 umlauts") << QString(10, QChar(0xe4)).toUtf8() << true;
        QTest::newRow("1024 bytes") << QByteArray(1024, 'x') << true;
        QTest::newRow("1025 bytes") << QByteArray(1025, 'x') << false;
    }

    void lengthRules()
    {
        QFETCH(QByteArray, password);
        QFETCH(bool, accepted);
        Fixture f;
        QString error;
        QCOMPARE(f.store.setPassword(password, &error), accepted);
        QCOMPARE(f.store.hasPassword(), accepted);
        if (!accepted)
            QVERIFY2(error.contains(QLatin1String("at least 10 characters"))
                         || error.contains(QLatin1String("at most 1024 bytes")),
                     qPrintable(error));
        else
            QVERIFY(f.store.verify(password));
    }

    void firstStartGeneratesOnePasswordOnce()
    {
        Fixture f;
        QString error;
        const auto password = f.store.ensurePassword(&error);
        QVERIFY2(password, qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^([a-km-z2-9]{5}-){3}[a-km-z2-9]{5}$"))
                     .match(QString::fromLatin1(*password))
                     .hasMatch(),
                 password->constData());
        QVERIFY(f.store.verify(*password));
        // From then on there is one, and it is never shown again.
        QVERIFY(!f.store.ensurePassword(&error));
        QVERIFY(error.isEmpty());
        QVERIFY(f.store.verify(*password));
        // Nor is a second one generated for a fresh data dir the same.
        Fixture other;
        const auto otherPassword = other.store.ensurePassword(&error);
        QVERIFY(otherPassword);
        QVERIFY(*otherPassword != *password);
    }

    void aPasswordSetBeforeFirstStartIsKept()
    {
        Fixture f;
        QString error;
        QVERIFY(f.store.setPassword("chosen by the admin", &error));
        QVERIFY(!f.store.ensurePassword(&error));
        QVERIFY(error.isEmpty());
        QVERIFY(f.store.verify("chosen by the admin"));
    }

    // `user set-password` is another process: the server's store sees it at once.
    void passwordSetElsewhereIsSeenAtOnce()
    {
        Fixture f;
        QString error;
        QVERIFY(f.store.setPassword("old password", &error));
        PasswordStore cli(&f.clock);
        QVERIFY(cli.open(f.dir.path(), &error));
        QVERIFY(cli.setPassword("new password!", &error));
        QVERIFY(f.store.verify("new password!"));
        QVERIFY(!f.store.verify("old password"));
    }

    void passwordNeverReachesTheDiskOrTheLog()
    {
        LogCapture log;
        Fixture f;
        QString error;
        QVERIFY(f.store.setPassword("unmistakable-secret-42", &error));
        QVERIFY(f.store.verify("unmistakable-secret-42"));
        const auto generated = f.store.ensurePassword(&error); // nullopt: one exists
        QVERIFY(!generated);
        Fixture fresh;
        const auto first = fresh.store.ensurePassword(&error);
        QVERIFY(first);
        QVERIFY(log.text().contains(QLatin1String("admin password")));
        const QByteArray disk = databaseBytes(f.dir.path());
        QVERIFY(disk.contains("$argon2id$"));
        QVERIFY(!disk.contains("unmistakable-secret-42"));
        QVERIFY(!databaseBytes(fresh.dir.path()).contains(*first));
        QVERIFY(!log.text().contains(QLatin1String("unmistakable-secret-42")));
        QVERIFY(!log.text().contains(QString::fromLatin1(*first)));
    }
};

QTEST_GUILESS_MAIN(tst_PasswordStore)
#include "tst_passwordstore.moc"
