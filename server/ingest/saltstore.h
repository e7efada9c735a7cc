#pragma once

#include <QByteArray>
#include <QHash>
#include <QtGlobal>

namespace raycstr {

// Where the daily salts live. The store implements it on disk (so a restart keeps today's
// visitor ids stable); tests use MemorySaltStore. Salts are random, one per local calendar
// day, and deleted 48 h after they were made: after that, stored visitor hashes cannot be
// linked to anything.
class SaltStore
{
public:
    virtual ~SaltStore() = default;
    // The salt for `day`, made now (with `nowSecs` as its birth) if it does not exist yet.
    virtual QByteArray saltForDay(qint64 day, qint64 nowSecs) = 0;
    // The salt for `day` if it still exists, else empty (never creates one).
    virtual QByteArray existingSalt(qint64 day) = 0;
    // Deletes salts made before `cutoffSecs`; returns how many.
    virtual int deleteSaltsCreatedBefore(qint64 cutoffSecs) = 0;
};

class MemorySaltStore final : public SaltStore
{
public:
    QByteArray saltForDay(qint64 day, qint64 nowSecs) override;
    QByteArray existingSalt(qint64 day) override;
    int deleteSaltsCreatedBefore(qint64 cutoffSecs) override;
    int size() const { return int(m_salts.size()); }

private:
    struct Entry
    {
        QByteArray salt;
        qint64 created;
    };
    QHash<qint64, Entry> m_salts;
};

QByteArray makeRandomSalt();

} // namespace raycstr
