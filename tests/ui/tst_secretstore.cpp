// The API key store. Run twice by CTest: inside a D-Bus session with an unlocked
// gnome-keyring (RAYCSTR_EXPECT_KEYCHAIN=1: the real keychain must work) and without any
// session bus (RAYCSTR_EXPECT_KEYCHAIN=0: the keychain must report itself unavailable,
// and nothing may land in a file).

#include "ui/services/secretstore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr::ui;

class TestSecretStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QByteArray m_secret = QByteArrayLiteral("rc_test_secret_")
        + QByteArray::number(qint64(QDateTime::currentMSecsSinceEpoch()));

    static int expectKeychain()
    {
        return qEnvironmentVariableIsSet("RAYCSTR_EXPECT_KEYCHAIN")
            ? qEnvironmentVariableIntValue("RAYCSTR_EXPECT_KEYCHAIN")
            : -1;
    }

    // Every file under the (throwaway) home and config dirs that holds `secret`.
    QStringList filesHolding(const QByteArray &secret) const
    {
        QStringList hits;
        for (const QString &root :
             {m_home.path(),
              QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
                    hits.append(f.fileName());
            }
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        if (expectKeychain() == 0) // no keyring in this run: keep QSettings & co. in a sandbox
            qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY2(expectKeychain() >= 0, "run through CTest (RAYCSTR_EXPECT_KEYCHAIN set)");
    }

    void memoryStoreKeepsSecretsForTheSession()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QSignalSpy written(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.write(QStringLiteral("k"), m_secret);
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.at(0).at(1).toString(), QString());
        store.read(QStringLiteral("k"));
        QTRY_COMPARE(read.count(), 1);
        QCOMPARE(read.at(0).at(1).toByteArray(), m_secret);
        store.remove(QStringLiteral("k"));
        store.read(QStringLiteral("k"));
        QTRY_COMPARE(read.count(), 2);
        QVERIFY(read.at(1).at(1).toByteArray().isEmpty());
        QVERIFY(!read.at(1).at(2).toString().isEmpty());
    }

    void keychainRoundTripOrHonestRefusal()
    {
        KeychainSecretStore store(QStringLiteral("raycstr-test"));
        bool answered = false, available = false;
        QString reason;
        store.probe([&](bool ok, const QString &why) {
            answered = true;
            available = ok;
            reason = why;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        if (expectKeychain() == 0) {
            QVERIFY2(!available, "a keychain answered without a session bus");
            QVERIFY(!reason.isEmpty());
            // Writing must fail too, and leave nothing in plain text anywhere.
            QSignalSpy written(&store, &SecretStore::writeFinished);
            store.write(QStringLiteral("remote-api-key"), m_secret);
            QTRY_VERIFY_WITH_TIMEOUT(written.count() == 1, 20000);
            QVERIFY(!written.at(0).at(1).toString().isEmpty());
            QVERIFY2(filesHolding(m_secret).isEmpty(),
                     qPrintable(filesHolding(m_secret).join(QLatin1Char(' '))));
            return;
        }
        QVERIFY2(available, qPrintable(reason));
        QSignalSpy written(&store, &SecretStore::writeFinished);
        store.write(QStringLiteral("remote-api-key"), m_secret);
        QTRY_VERIFY_WITH_TIMEOUT(written.count() == 1, 20000);
        QCOMPARE(written.at(0).at(1).toString(), QString());
        // A second store object (as after a restart) reads it back from the keychain.
        KeychainSecretStore again(QStringLiteral("raycstr-test"));
        QSignalSpy read(&again, &SecretStore::readFinished);
        again.read(QStringLiteral("remote-api-key"));
        QTRY_VERIFY_WITH_TIMEOUT(read.count() == 1, 20000);
        QCOMPARE(read.at(0).at(1).toByteArray(), m_secret);
        QSignalSpy removed(&again, &SecretStore::removeFinished);
        again.remove(QStringLiteral("remote-api-key"));
        QTRY_VERIFY_WITH_TIMEOUT(removed.count() == 1, 20000);
        again.read(QStringLiteral("remote-api-key"));
        QTRY_VERIFY_WITH_TIMEOUT(read.count() == 2, 20000);
        QVERIFY(read.at(1).at(1).toByteArray().isEmpty());
    }
};

QTEST_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
