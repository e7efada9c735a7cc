#include "authcli.h"

#include "auth/passwordstore.h"
#include "auth/secret.h"
#include "auth/tokenstore.h"
#include "command.h"
#include "core/config.h"
#include "store/database.h"
#include "store/sites.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <pwd.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace raycstr {

using cli::appName;
using cli::printTable;

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// Turns the terminal's echo off while a password is typed, and back on however we leave.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode)) {
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
        }
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved {};
#endif
};

// One line of the process's stdin without its line ending; nullopt at end of input.
std::optional<QByteArray> readStdinLine()
{
    QByteArray line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line += char(c);
    }
    if (!any)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QString when(qint64 secs, const QString &none = QStringLiteral("-"))
{
    // toUTC(): "…Z" on every Qt 6 (a QTimeZone::utc() date prints "+00:00" on 6.4).
    return secs ? QDateTime::fromSecsSinceEpoch(secs).toUTC().toString(Qt::ISODate) : none;
}

QJsonValue jsonTime(qint64 secs)
{
    return secs ? QJsonValue(when(secs)) : QJsonValue(QJsonValue::Null);
}

// Left-aligned columns two spaces apart; the last column is not padded.
// "ID" as typed on the command line: a positive integer, or 0 when it is not one.
qint64 parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

AuthCli::AuthCli(const Clock *clock, QTextStream &out, QTextStream &err, QTextStream *in)
    : m_clock(clock)
    , m_out(out)
    , m_err(err)
    , m_in(in)
    , m_terminal(stdoutIsTerminal())
{ }

bool AuthCli::handles(const QString &command)
{
    return command == QLatin1String("token") || command == QLatin1String("user")
        || command == QLatin1String("share");
}

void AuthCli::printUsage(QTextStream &s)
{
    s << tr("  token create          Create an API key for the stats API (shown once).\n"
            "  token list            List API keys (never their secrets).\n"
            "  token revoke ID       Revoke an API key; it stops working at once.\n"
            "  user set-password     Set the dashboard's admin password (read from stdin).\n"
            "  share create DOMAIN   Create a read-only public link to a site's stats.\n"
            "  share list            List share links.\n"
            "  share revoke ID       Revoke a share link.\n");
}

int AuthCli::run(const QString &command, const QStringList &args)
{
    if (command == QLatin1String("token"))
        return token(args);
    if (command == QLatin1String("user"))
        return user(args);
    return share(args);
}

int AuthCli::fail(const QString &message)
{
    m_err << appName() << ": " << message << "\n";
    return 1;
}

int AuthCli::token(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("token"),
                     {QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("revoke")},
                     m_out, m_err);
    cmd.setDescription(
        tr("Manage API keys for the stats API (\"Authorization: Bearer <key>\").\n\n"
           "  create [--site DOMAIN] [--admin] [--label TEXT]   make a key; it is shown once\n"
           "  list [--json] [--sessions]                        list keys (no secrets)\n"
           "  revoke ID                                         revoke a key at once"));
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("action"), tr("create, list or revoke"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The key's id (revoke)."),
                                 QStringLiteral("[id]"));
    parser.addOption({QStringLiteral("site"),
                      tr("Limit the key to one site (default: every site)."),
                      QStringLiteral("domain")});
    parser.addOption({QStringLiteral("admin"), tr("Allow admin routes too (default: read-only).")});
    parser.addOption({QStringLiteral("label"),
                      tr("A note to recognise the key by in 'token list'."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("json"), tr("Print the list (or the new key) as JSON.")});
    parser.addOption({QStringLiteral("quiet"), tr("create: print only the key.")});
    parser.addOption({QStringLiteral("sessions"), tr("List open dashboard login sessions too.")});
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    const QString action = cmd.action();
    const bool revoke = action == QLatin1String("revoke");
    if (revoke && (cmd.arguments().size() != 1 || !parseId(cmd.arguments().at(0))))
        return cmd.badUsage(tr("token revoke: expected one key ID (a number, see 'token list')"));
    if (!revoke)
        if (const int code = cmd.expectArguments(0, 0); code >= 0)
            return code;
    QString dir;
    if (!cmd.dataDir(&dir))
        return 2;

    SqliteDb db;
    QString error;
    if (!Database::open(&db, dir, &error))
        return fail(error);
    auth::TokenStore store(m_clock);
    if (!store.open(dir, &error))
        return fail(error);
    QHash<qint32, QString> domains;
    for (const Site &s : SiteRepository(&db).list())
        domains.insert(s.id, s.domain);

    if (action == QLatin1String("create")) {
        qint32 siteId = 0;
        if (cmd.isSet(QStringLiteral("site"))) {
            const QString domain = cmd.value(QStringLiteral("site"));
            const auto site = SiteRepository(&db).find(domain);
            if (!site)
                return fail(tr("no site %1 (see 'site list')").arg(domain.trimmed().toLower()));
            siteId = site->id;
        }
        const bool admin = cmd.isSet(QStringLiteral("admin"));
        const auto key
            = store.createKey(cmd.value(QStringLiteral("label")), siteId, admin, &error);
        if (!key)
            return fail(error);
        // A script reads the key alone (stdout not a terminal, --quiet) or as JSON; a person
        // at a terminal gets it with what to do next.
        if (cmd.isSet(QStringLiteral("json"))) {
            m_out << QJsonDocument(QJsonObject {
                                       {QStringLiteral("id"), double(key->id)},
                                       {QStringLiteral("key"), QString::fromLatin1(key->secret)},
                                       {QStringLiteral("site"),
                                        siteId ? QJsonValue(domains.value(siteId))
                                               : QJsonValue(QJsonValue::Null)},
                                       {QStringLiteral("role"),
                                        admin ? QStringLiteral("admin")
                                              : QStringLiteral("read-only")},
                                   })
                         .toJson(QJsonDocument::Compact)
                  << "\n";
            return 0;
        }
        if (!m_terminal || cmd.isSet(QStringLiteral("quiet"))) {
            m_out << key->secret << "\n";
            return 0;
        }
        m_out << tr("Created API key %1 (%2, %3).\n")
                     .arg(QString::number(key->id), admin ? tr("admin") : tr("read-only"),
                          siteId ? domains.value(siteId) : tr("all sites"))
              << tr("Copy it now: it is shown only this once and cannot be recovered.\n") << "\n"
              << "  " << key->secret << "\n\n"
              << tr("Send it as: Authorization: Bearer <key>\n");
        return 0;
    }
    if (action == QLatin1String("list")) {
        const QList<auth::ApiKeyInfo> keys
            = store.listKeys(cmd.isSet(QStringLiteral("sessions")));
        auto scope = [&](const auth::ApiKeyInfo &k) {
            return k.siteId ? domains.value(k.siteId, tr("site %1").arg(k.siteId))
                            : tr("all sites");
        };
        // JSON keeps the English names (a machine reads it), the table says them in words.
        auto role = [](const auth::ApiKeyInfo &k) {
            return k.session ? QStringLiteral("session")
                : k.admin    ? QStringLiteral("admin")
                             : QStringLiteral("read-only");
        };
        auto roleText = [](const auth::ApiKeyInfo &k) {
            return k.session ? tr("session") : k.admin ? tr("admin") : tr("read-only");
        };
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &k : keys)
                array.append(QJsonObject {
                    {QStringLiteral("id"), double(k.id)},
                    {QStringLiteral("label"), k.label},
                    {QStringLiteral("site"),
                     k.siteId ? QJsonValue(scope(k)) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("role"), role(k)},
                    {QStringLiteral("created_at"), jsonTime(k.createdAt)},
                    {QStringLiteral("last_used_at"), jsonTime(k.lastUsedAt)},
                    {QStringLiteral("expires_at"), jsonTime(k.expiresAt)},
                    {QStringLiteral("revoked_at"), jsonTime(k.revokedAt)},
                });
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << "\n";
            return 0;
        }
        if (keys.isEmpty()) {
            m_out << tr("No API keys. Create one with '%1 token create'.\n").arg(appName());
            return 0;
        }
        QList<QStringList> rows {{tr("ID"), tr("LABEL"), tr("SCOPE"), tr("ROLE"), tr("CREATED"),
                                  tr("LAST USED"), tr("STATUS")}};
        for (const auto &k : keys)
            rows.append({QString::number(k.id), k.label.isEmpty() ? QStringLiteral("-") : k.label,
                         scope(k), roleText(k), when(k.createdAt), when(k.lastUsedAt, tr("never")),
                         k.revokedAt       ? tr("revoked %1").arg(when(k.revokedAt))
                             : k.expiresAt ? tr("expires %1").arg(when(k.expiresAt))
                                           : tr("active")});
        printTable(m_out, rows);
        return 0;
    }
    const qint64 id = parseId(cmd.arguments().at(0));
    if (!store.revokeKey(id, &error))
        return fail(error);
    m_out << tr("Revoked API key %1.\n").arg(id);
    return 0;
}

int AuthCli::user(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("user"), {QStringLiteral("set-password")}, m_out, m_err);
    cmd.setDescription(
        tr("Manage the dashboard's admin account.\n\n"
           "  set-password   set the admin password (at least 10 characters). On a terminal it is\n"
           "                 asked for twice without echo; otherwise the first line of standard\n"
           "                 input is the password, e.g.:\n"
           "                 printf '%s\\n' \"$PASSWORD\" | raycstr-server user set-password\n"
           "Setting it signs out every dashboard session."));
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set-password"));
    parser.addOption({QStringLiteral("password-stdin"),
                      tr("Read the password from the first line of standard input without "
                         "prompting, even on a terminal.")});
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    if (const int code = cmd.expectArguments(
            0, 0,
            tr("user set-password takes no arguments: the password is read from "
               "standard input, never from the command line"));
        code >= 0)
        return code;
    QString dir;
    if (!cmd.dataDir(&dir))
        return 2;
    QString error;
    auth::PasswordStore passwords(m_clock);
    auth::TokenStore tokens(m_clock);
    if (!passwords.open(dir, &error) || !tokens.open(dir, &error))
        return fail(error);

    std::optional<QByteArray> password
        = readPassword(!cmd.isSet(QStringLiteral("password-stdin")));
    if (!password)
        return 1; // readPassword said why
    const bool ok = passwords.setPassword(*password, &error);
    auth::Secret::wipe(*password);
    if (!ok)
        return fail(error);
    const int ended = tokens.revokeSessions();
    m_out << tr("Admin password set.");
    if (ended)
        m_out << " " << tr("%n dashboard session(s) signed out.", nullptr, ended);
    m_out << "\n";
    return 0;
}

std::optional<QByteArray> AuthCli::readPassword(bool interactiveAllowed)
{
    if (m_in) { // tests: a stream stands for piped input
        const QString line = m_in->readLine();
        if (line.isNull()) {
            fail(tr("no password on standard input"));
            return std::nullopt;
        }
        return line.toUtf8();
    }
    if (!interactiveAllowed || !stdinIsTerminal()) {
        auto line = readStdinLine();
        if (!line)
            fail(tr("no password on standard input"));
        return line;
    }
    auto prompt = [&](const QString &text) {
        m_err << text;
        m_err.flush();
        std::optional<QByteArray> line;
        {
            EchoOff quiet;
            line = readStdinLine();
        }
        m_err << "\n";
        m_err.flush();
        return line;
    };
    std::optional<QByteArray> first = prompt(tr("New admin password: "));
    QString error;
    if (!first) {
        fail(tr("no password entered"));
        return std::nullopt;
    }
    if (!auth::PasswordStore::checkPassword(*first, &error)) {
        auth::Secret::wipe(*first);
        fail(error);
        return std::nullopt;
    }
    std::optional<QByteArray> again = prompt(tr("Repeat it: "));
    const bool same = again && *again == *first;
    if (again)
        auth::Secret::wipe(*again);
    if (!same) {
        auth::Secret::wipe(*first);
        fail(tr("the passwords do not match; nothing changed"));
        return std::nullopt;
    }
    return first;
}

int AuthCli::share(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("share"),
                     {QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("revoke")},
                     m_out, m_err);
    cmd.setDescription(
        tr("Manage share links: read-only access to one site's stats for anyone with the link.\n\n"
           "  create DOMAIN [--label TEXT]   make a link; its secret is shown once\n"
           "  list [DOMAIN] [--json]         list links (no secrets)\n"
           "  revoke ID                      revoke a link at once"));
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("action"), tr("create, list or revoke"));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 tr("DOMAIN (create, list) or ID (revoke)."),
                                 QStringLiteral("[domain|id]"));
    parser.addOption({QStringLiteral("label"),
                      tr("A note to recognise the link by in 'share list'."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("json"), tr("Print the list (or the new link) as JSON.")});
    parser.addOption({QStringLiteral("quiet"), tr("create: print only the secret.")});
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    const QString action = cmd.action();
    const QStringList pos = cmd.arguments();
    if (action == QLatin1String("create") && pos.size() != 1)
        return cmd.badUsage(tr("share create: expected exactly one DOMAIN"));
    if (action == QLatin1String("list") && pos.size() > 1)
        return cmd.badUsage(tr("share list: expected at most one DOMAIN"));
    if (action == QLatin1String("revoke") && (pos.size() != 1 || !parseId(pos.at(0))))
        return cmd.badUsage(tr("share revoke: expected one link ID (a number, see 'share list')"));
    QString dir;
    if (!cmd.dataDir(&dir))
        return 2;

    SqliteDb db;
    QString error;
    if (!Database::open(&db, dir, &error))
        return fail(error);
    auth::TokenStore store(m_clock);
    if (!store.open(dir, &error))
        return fail(error);
    SiteRepository sites(&db);
    std::optional<Site> site;
    if (action != QLatin1String("revoke") && pos.size() == 1) {
        site = sites.find(pos.at(0));
        if (!site)
            return fail(tr("no site %1 (see 'site list')").arg(pos.at(0).trimmed().toLower()));
    }

    if (action == QLatin1String("create")) {
        const auto link
            = store.createShareLink(site->id, cmd.value(QStringLiteral("label")), &error);
        if (!link)
            return fail(error);
        if (cmd.isSet(QStringLiteral("json"))) {
            m_out << QJsonDocument(QJsonObject {
                                       {QStringLiteral("id"), double(link->id)},
                                       {QStringLiteral("site"), site->domain},
                                       {QStringLiteral("secret"), QString::fromLatin1(link->secret)},
                                   })
                         .toJson(QJsonDocument::Compact)
                  << "\n";
            return 0;
        }
        if (!m_terminal || cmd.isSet(QStringLiteral("quiet"))) {
            m_out << link->secret << "\n";
            return 0;
        }
        m_out << tr("Created share link %1 for %2: anyone with it can read this site's stats "
                    "(read-only).\n")
                     .arg(QString::number(link->id), site->domain)
              << tr("Copy it now: it is shown only this once and cannot be recovered.\n")
              << "\n"
              // The secret goes to the stream as is, never into a translated QString copy.
              << tr("  secret:  ") << link->secret << "\n"
              << tr("  stats:   ") << "/api/stats?site=" << site->domain << "&auth=" << link->secret
              << "\n\n"
              << tr("Any stats request for this site takes it as ?auth=<secret> (prefix the path "
                    "with your RayCstr address).\n");
        return 0;
    }
    if (action == QLatin1String("list")) {
        QHash<qint32, QString> domains;
        for (const Site &s : sites.list())
            domains.insert(s.id, s.domain);
        const QList<auth::ShareLinkInfo> links = store.listShareLinks(site ? site->id : 0);
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &l : links)
                array.append(QJsonObject {
                    {QStringLiteral("id"), double(l.id)},
                    {QStringLiteral("site"), domains.value(l.siteId)},
                    {QStringLiteral("label"), l.label},
                    {QStringLiteral("created_at"), jsonTime(l.createdAt)},
                    {QStringLiteral("revoked_at"), jsonTime(l.revokedAt)},
                });
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << "\n";
            return 0;
        }
        if (links.isEmpty()) {
            m_out
                << tr("No share links. Create one with '%1 share create DOMAIN'.\n").arg(appName());
            return 0;
        }
        QList<QStringList> rows {{tr("ID"), tr("SITE"), tr("LABEL"), tr("CREATED"), tr("STATUS")}};
        for (const auto &l : links)
            rows.append({QString::number(l.id), domains.value(l.siteId),
                         l.label.isEmpty() ? QStringLiteral("-") : l.label, when(l.createdAt),
                         l.revokedAt ? tr("revoked %1").arg(when(l.revokedAt)) : tr("active")});
        printTable(m_out, rows);
        return 0;
    }
    const qint64 id = parseId(pos.at(0));
    if (!store.revokeShareLink(id, &error))
        return fail(error);
    m_out << tr("Revoked share link %1.\n").arg(id);
    return 0;
}

bool AuthCli::stdoutIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout)) != 0;
#else
    return isatty(STDOUT_FILENO) != 0;
#endif
}

bool AuthCli::ensureAdminPassword(const QString &dataDir, bool outputIsTerminal)
{
    auth::PasswordStore passwords(m_clock);
    QString error;
    if (!passwords.open(dataDir, &error)) {
        fail(error);
        return false;
    }
    if (!outputIsTerminal) {
        if (passwords.hasPassword())
            return true;
        // Under systemd (INVOCATION_ID is set for every unit) the admin is another user than
        // the service's: give a command that runs as the service's user on the same data.
        QString asUser;
#ifndef Q_OS_WIN
        if (qEnvironmentVariableIsSet("INVOCATION_ID")) {
            if (const passwd *pw = getpwuid(geteuid()))
                asUser = QStringLiteral("sudo -u %1 ").arg(QString::fromLocal8Bit(pw->pw_name));
        }
#endif
        const QString command = asUser + appName();
        const QString data = QStringLiteral(" --data ") + QDir::toNativeSeparators(dataDir);
        m_out << tr("No admin password is set. None is generated here: this output is not a "
                    "terminal and may be a log, and a secret never goes to a log.\n"
                    "  Set the dashboard's password:  %1\n"
                    "  Or create an API key:          %2\n")
                     .arg(command + QStringLiteral(" user set-password") + data,
                          command + QStringLiteral(" token create --admin") + data);
        m_out.flush();
        return true;
    }
    std::optional<QByteArray> password = passwords.ensurePassword(&error);
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    if (password) {
        // stdout, never a log category: this is the one time it exists in clear.
        // The password goes to the stream as bytes, outside the translated text.
        m_out << tr("Admin password (shown once): ") << *password << "\n"
              << tr("  Sign in to the dashboard with it; change it with '%1 user set-password'.\n")
                     .arg(appName());
        m_out.flush();
        auth::Secret::wipe(*password);
    }
    return true;
}

} // namespace raycstr
