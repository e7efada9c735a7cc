#pragma once

// A real SMTP server on loopback for the report tests: tests/report/smtpserver.py on
// Debian's python3-aiosmtpd (installer/setup-deps.sh installs it), STARTTLS (or implicit
// TLS) and AUTH required, with a self-signed certificate made here by openssl. Every
// message it accepts lands in spool(): N.eml (the bytes) and N.env (the envelope as JSON).

#include "core/config.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace raycstr::testing {

class SmtpServer
{
public:
    static constexpr auto User = "reports";
    static constexpr auto Password = "s3cret-Pa55";

    ~SmtpServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }

    // False with `error` when python3-aiosmtpd or openssl is missing or it does not start.
    bool start(bool implicitTls, QString *error)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("spool"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"),
                       keyFile(), QStringLiteral("-out"), certFile()});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            *error = QStringLiteral("openssl could not make a certificate: ")
                + QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        QStringList args {QStringLiteral(RAYCSTR_SMTP_SERVER), QStringLiteral("--cert"), certFile(),
                          QStringLiteral("--key"), keyFile(), QStringLiteral("--spool"),
                          spool(), QStringLiteral("--user"), QLatin1String(User),
                          QStringLiteral("--password"), QLatin1String(Password)};
        if (implicitTls)
            args.append(QStringLiteral("--implicit-tls"));
        // Debian's python3: python3-aiosmtpd is installed for it, not for a pyenv on PATH.
        m_process.start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start /usr/bin/python3");
            return false;
        }
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(15000))
            out += m_process.readAllStandardOutput();
        if (!out.startsWith("port ")) {
            m_process.waitForFinished(1000);
            *error = QStringLiteral("the SMTP server did not start (installer/setup-deps.sh "
                                    "installs python3-aiosmtpd): ")
                + QString::fromLocal8Bit(out + m_process.readAllStandardError());
            return false;
        }
        m_port = out.mid(5).trimmed().toInt();
        return m_port > 0;
    }

    int port() const { return m_port; }
    // Settings that reach this server (STARTTLS, its user, its certificate's CA).
    SmtpSettings settings() const
    {
        SmtpSettings s;
        s.url = QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
        s.username = QLatin1String(User);
        s.password = QLatin1String(Password);
        s.caFile = certFile();
        s.from = QStringLiteral("RayCstr <stats@example.com>");
        return s;
    }
    QString certFile() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("key.pem")); }
    QString spool() const { return m_dir.filePath(QStringLiteral("spool")); }

    int received() const
    {
        return int(QDir(spool()).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
    }
    QByteArray message(int n) const { return read(QStringLiteral("%1.eml").arg(n)); }
    QJsonObject envelope(int n) const
    {
        return QJsonDocument::fromJson(read(QStringLiteral("%1.env").arg(n))).object();
    }

private:
    QByteArray read(const QString &name) const
    {
        QFile f(QDir(spool()).filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

// The decoded parts of a multipart/alternative message (or its one part): content type →
// text. Only what MailMessage writes: base64 bodies, one level of parts.
inline QHash<QByteArray, QString> mimeParts(const QByteArray &message)
{
    QHash<QByteArray, QString> parts;
    const auto decodePart = [&](const QByteArray &part) {
        const qsizetype split = part.indexOf("\r\n\r\n");
        if (split < 0)
            return;
        const QByteArray head = part.left(split).toLower();
        const qsizetype type = head.indexOf("content-type: ");
        if (type < 0)
            return;
        const QByteArray contentType = head.mid(type + 14).split(';').first().trimmed();
        const QByteArray body = part.mid(split + 4);
        parts.insert(contentType, QString::fromUtf8(head.contains("base64")
                                                        ? QByteArray::fromBase64(body)
                                                        : body));
    };
    const qsizetype b = message.indexOf("boundary=\"");
    if (b < 0) {
        decodePart(message);
        return parts;
    }
    const QByteArray boundary
        = "--" + message.mid(b + 10, message.indexOf('"', b + 10) - b - 10);
    const QList<QByteArray> chunks = message.split('\n');
    QByteArray current;
    bool inPart = false;
    for (QByteArray line : chunks) {
        line += '\n';
        if (line.startsWith(boundary)) {
            if (inPart)
                decodePart(current);
            current.clear();
            inPart = !line.startsWith(boundary + "--");
            continue;
        }
        if (inPart)
            current += line;
    }
    return parts;
}

} // namespace raycstr::testing
