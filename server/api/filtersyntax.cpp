#include "api/filtersyntax.h"

#include "core/event.h"
#include "query/globpattern.h"

namespace raycstr {

using query::Field;
using query::Filter;

namespace {

struct OpName
{
    const char *text;
    Filter::Op op;
};

constexpr OpName ourOps[] = {
    {"==", Filter::Op::Is},          {"!=", Filter::Op::IsNot},   {"~=", Filter::Op::Contains},
    {"!~", Filter::Op::NotContains}, {"*=", Filter::Op::Matches}, {"!*", Filter::Op::NotMatches},
};

bool isOperatorChar(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('~')
        || c == QLatin1Char('*');
}

bool checkValues(const QString &expression, const Filter &filter, QString *error)
{
    if (filter.values.size() > FilterSyntax::MaxValues) {
        *error = QStringLiteral("filter \"%1\" has more than %2 values")
                     .arg(expression)
                     .arg(FilterSyntax::MaxValues);
        return false;
    }
    const bool pattern = filter.op != Filter::Op::Is && filter.op != Filter::Op::IsNot;
    for (const QString &v : filter.values) {
        if (v.size() > Limits::MaxPropValueLength) {
            *error = QStringLiteral("a value in filter \"%1\" is longer than %2 characters")
                         .arg(expression.left(80))
                         .arg(Limits::MaxPropValueLength);
            return false;
        }
        if (pattern && v.isEmpty()) {
            *error = QStringLiteral("filter \"%1\": contains and match filters need a "
                                    "non-empty value")
                         .arg(expression);
            return false;
        }
    }
    return true;
}

} // namespace

QStringList FilterSyntax::split(const QString &text, QChar separator, bool unescape)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            if (!unescape)
                current += c;
            current += text.at(++i);
        } else if (c == separator) {
            out.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    out.append(current);
    return out;
}

QString FilterSyntax::operatorHelp()
{
    return QStringLiteral("== (is), != (is not), ~= (contains), !~ (does not contain), "
                          "*= (wildcard match), !* (does not match)");
}

std::optional<Filter> FilterSyntax::parse(const QString &expression, QString *error)
{
    qsizetype opAt = 0;
    while (opAt < expression.size() && !isOperatorChar(expression.at(opAt)))
        ++opAt;
    const QString fieldName = expression.left(opAt).trimmed();
    if (fieldName.isEmpty()) {
        *error = QStringLiteral("filter \"%1\" names no field; write <field><op><value>, "
                                "e.g. filter=page==/pricing")
                     .arg(expression);
        return std::nullopt;
    }
    if (opAt == expression.size()) {
        *error = QStringLiteral("filter \"%1\" has no operator; use one of %2")
                     .arg(expression, operatorHelp());
        return std::nullopt;
    }
    const QString opText = expression.mid(opAt, 2);
    Filter filter;
    bool known = false;
    for (const OpName &op : ourOps) {
        if (opText == QLatin1StringView(op.text)) {
            filter.op = op.op;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("filter \"%1\" has an unknown operator; use one of %2")
                     .arg(expression, operatorHelp());
        return std::nullopt;
    }
    QString fieldError;
    const auto field = Field::parse(fieldName, &fieldError);
    if (!field) {
        *error = QStringLiteral("filter \"%1\": %2").arg(expression, fieldError);
        return std::nullopt;
    }
    filter.field = *field;
    filter.values = split(expression.mid(opAt + 2), QLatin1Char('|'), true);
    if (!checkValues(expression, filter, error))
        return std::nullopt;
    return filter;
}

std::optional<QList<Filter>> FilterSyntax::parsePlausible(const QString &filters, QString *error)
{
    QList<Filter> out;
    for (const QString &raw : split(filters, QLatin1Char(';'), false)) {
        const QString expression = raw.trimmed();
        if (expression.isEmpty())
            continue;
        if (expression.startsWith(QLatin1Char('{'))) {
            *error = QStringLiteral("JSON filters are not supported; use the filter expression "
                                    "form, e.g. filters=event:page==/blog/**");
            return std::nullopt;
        }
        qsizetype opAt = 0;
        while (opAt < expression.size() && expression.at(opAt) != QLatin1Char('=')
               && expression.at(opAt) != QLatin1Char('!')
               && expression.at(opAt) != QLatin1Char('~'))
            ++opAt;
        const QString property = expression.left(opAt).trimmed();
        const QString rest = expression.mid(opAt);
        Filter filter;
        qsizetype valueAt = 2;
        if (rest.startsWith(QLatin1String("=="))) {
            filter.op = Filter::Op::Is;
        } else if (rest.startsWith(QLatin1String("!="))) {
            filter.op = Filter::Op::IsNot;
        } else if (rest.startsWith(QLatin1String("!~"))) {
            filter.op = Filter::Op::NotContains;
        } else if (rest.startsWith(QLatin1Char('~'))) {
            filter.op = Filter::Op::Contains;
            valueAt = 1;
        } else {
            *error = QStringLiteral("invalid filter \"%1\": write property==value, "
                                    "property!=value, property~value or property!~value")
                         .arg(expression);
            return std::nullopt;
        }
        if (!property.startsWith(QLatin1String("event:"))
            && !property.startsWith(QLatin1String("visit:"))) {
            *error = QStringLiteral("invalid filter \"%1\": properties are written like "
                                    "event:page or visit:source")
                         .arg(expression);
            return std::nullopt;
        }
        QString fieldError;
        const auto field = Field::parse(property, &fieldError);
        if (!field) {
            *error = QStringLiteral("invalid filter \"%1\": %2").arg(expression, fieldError);
            return std::nullopt;
        }
        filter.field = *field;
        for (QString v : split(rest.mid(valueAt), QLatin1Char('|'), true)) {
            if (v == QLatin1String("(none)")
                || (filter.field.dim == Dimension::Source && !filter.field.isProp()
                    && v == QLatin1String("Direct / None")))
                v.clear();
            filter.values.append(v);
        }
        // Plausible: a * in an (in)equality makes it a wildcard match.
        const bool wildcard = std::any_of(filter.values.cbegin(), filter.values.cend(),
                                          [](const QString &v) { return v.contains(u'*'); });
        if (wildcard && filter.op == Filter::Op::Is)
            filter.op = Filter::Op::Matches;
        else if (wildcard && filter.op == Filter::Op::IsNot)
            filter.op = Filter::Op::NotMatches;
        if (!checkValues(expression, filter, error))
            return std::nullopt;
        out.append(filter);
        if (out.size() > MaxFilters) {
            *error = QStringLiteral("at most %1 filters").arg(MaxFilters);
            return std::nullopt;
        }
    }
    if (!query::GlobPattern::checkFilters(out, error))
        return std::nullopt;
    return out;
}

} // namespace raycstr
