#pragma once

#include "core/alertrule.h"

#include <QList>
#include <optional>

namespace raycstr {

class SqliteDb;

// Alert rules added from the CLI or the API (alerts, migration 0008) and every rule's state
// (alert_state, also for the config file's rules). The CLI and the API use it on their own
// connection, the alert scheduler on its worker's.
class AlertRepository
{
public:
    explicit AlertRepository(SqliteDb *db)
        : m_db(db)
    { }

    // `rule` validated first; its site must exist. The stored rule with its id, or nullopt.
    std::optional<AlertRule> add(AlertRule rule, qint64 nowSecs, QString *error);
    // Every stored rule (`site` empty) or one site's, by id.
    QList<AlertRule> rules(const QString &site = QString()) const;
    std::optional<AlertRule> find(qint64 id) const;
    bool remove(qint64 id, QString *error);

    AlertState state(const QString &stateKey) const;
    bool saveState(const QString &stateKey, const AlertState &state, QString *error);

private:
    SqliteDb *m_db;
};

} // namespace raycstr
