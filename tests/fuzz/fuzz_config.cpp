// The server's config.yaml (server/core/config): the whole file through loadYaml (written
// to a scratch file, as the server reads a path), and the raw bytes through the listen and
// subnet parsers it uses.
#include "core/config.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using raycstr::ServerConfig;
    static const QString path
        = QDir::temp().filePath(QStringLiteral("raycstr-fuzz-config-%1.yaml").arg(getpid()));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    ServerConfig config;
    QString error;
    if (!config.loadYaml(path, &error) && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    for (const auto &subnet : config.trustedProxies) {
        if (subnet.second < 0 || subnet.second > 128)
            __builtin_trap();
    }

    const QString text = QString::fromUtf8(bytes);
    QPair<QHostAddress, int> subnet;
    if (ServerConfig::parseSubnet(text, &subnet, &error)) {
        const int maximum = subnet.first.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        if (subnet.second < 0 || subnet.second > maximum)
            __builtin_trap(); // a prefix the address cannot have
        (void)config.isTrustedProxy(QHostAddress(QStringLiteral("10.0.0.1")));
    }
    QHostAddress address;
    quint16 port = 0;
    (void)ServerConfig::parseListen(text, &address, &port, &error);
    return 0;
}
