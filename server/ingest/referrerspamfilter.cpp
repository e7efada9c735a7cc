#include "ingest/referrerspamfilter.h"

#include <QFile>

namespace raycstr {

std::unique_ptr<ReferrerSpamFilter> ReferrerSpamFilter::create(const QString &localRulesText)
{
    auto filter = std::make_unique<ReferrerSpamFilter>();
    QFile file(QStringLiteral(":/raycstr/botlists/referrer-spammers.txt"));
    const QString embedded
        = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    for (const QString &line : embedded.split(u'\n')) {
        const QString host = line.trimmed().toLower();
        if (!host.isEmpty() && !host.startsWith(u'#'))
            filter->m_hosts.insert(host);
    }
    for (const QString &line : localRulesText.split(u'\n')) {
        const QString rule = line.trimmed();
        if (!rule.startsWith(QLatin1String("referrer:")))
            continue;
        QString host = rule.sliced(9).trimmed().toLower();
        if (host.startsWith(QLatin1String("www.")))
            host.remove(0, 4);
        if (!host.isEmpty())
            filter->m_hosts.insert(host);
    }
    return filter;
}

const ReferrerSpamFilter &ReferrerSpamFilter::standard()
{
    static const std::unique_ptr<ReferrerSpamFilter> filter = create(QString());
    return *filter;
}

bool ReferrerSpamFilter::isSpam(QStringView referrer) const
{
    if (referrer.isEmpty() || m_hosts.isEmpty())
        return false;
    QStringView host = referrer;
    if (const qsizetype slash = host.indexOf(u'/'); slash >= 0)
        host = host.first(slash);
    // The host, then each parent domain: "a.b.semalt.com", "b.semalt.com", "semalt.com".
    while (host.contains(u'.')) {
        if (m_hosts.contains(host.toString()))
            return true;
        host = host.sliced(host.indexOf(u'.') + 1);
    }
    return false;
}

} // namespace raycstr
