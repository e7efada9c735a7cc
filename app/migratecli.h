#pragma once

#include "store/clickhousemigration.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace raycstr {

// raycstr-server's migrate command: `migrate --to clickhouse://…` copies the data
// directory's events into ClickHouse (store/clickhousemigration.h), with a progress bar,
// resumable, and checks the counts per site and day at the end. Needs the data directory
// to itself: refuses while a server runs on it.
class MigrateCli
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::MigrateCli)
public:
    MigrateCli(QTextStream &out, QTextStream &err);

    static bool handles(const QString &command) { return command == QLatin1String("migrate"); }
    // Exit codes: 0 copied and every count equal, 1 failure or a count that differs, 2 bad
    // usage, 130 interrupted.
    int run(const QStringList &args);
    static void printUsage(QTextStream &s);
    // Default: whether stderr is a terminal.
    void setProgressIsTerminal(bool terminal) { m_terminal = terminal; }
    // Tests: batch sizes and a stop after some batches.
    void setOptions(const ClickHouseMigration::Options &options) { m_options = options; }

private:
    void printPlan(const ClickHouseMigration &migration);
    int printCheck(const ClickHouseMigration &migration,
                   const QList<ClickHouseMigration::Difference> &differences,
                   const QString &target);

    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<bool> m_terminal;
    ClickHouseMigration::Options m_options;
};

} // namespace raycstr
