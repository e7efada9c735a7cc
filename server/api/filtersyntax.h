#pragma once

#include "query/querytypes.h"

#include <QList>
#include <QString>
#include <optional>

namespace raycstr {

// The two textual filter forms of the stats API, turned into query::Filter.
//
// Ours, one filter per `filter=` parameter (repeat it to AND filters):
//     <field><op><value>[|<value>…]
//   ops  ==  is            !=  is not
//        ~=  contains      !~  does not contain      (case-insensitive)
//        *=  matches       !*  does not match        (* within a path segment, ** across)
//   Values separated by | are OR-ed; write \| for a literal bar and \\ for a backslash.
//   An empty value is the "none" value: source== is direct traffic.
//   Fields: page, entry_page, exit_page, hostname, source, referrer, utm_source, utm_medium,
//   utm_campaign, utm_content, utm_term, country, device, browser, browser_version, os,
//   os_version, event_name, prop:<key>.
//
// Plausible's Stats API v1, all filters in one `filters=` parameter:
//     event:page==/blog/**;visit:country==DE|FR
//   ; ANDs filters, | ORs values (\| escapes), ops == != ~ (contains) !~; == and != with
//   a * in a value are wildcard (does not) match. "(none)" (and "Direct / None" for
//   visit:source) stand for the empty value.
class FilterSyntax
{
public:
    static constexpr int MaxFilters = 20;
    static constexpr int MaxValues = 100;

    static std::optional<query::Filter> parse(const QString &expression, QString *error);
    static std::optional<QList<query::Filter>> parsePlausible(const QString &filters,
                                                              QString *error);
    // One line naming the operators, for error messages.
    static QString operatorHelp();

    // Splits `text` at each `separator` not preceded by a backslash. With `unescape`, "\x"
    // becomes "x" in the pieces; without, escapes are kept for a later split.
    static QStringList split(const QString &text, QChar separator, bool unescape);
};

} // namespace raycstr
