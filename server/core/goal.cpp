#include "core/goal.h"

#include "core/event.h"

namespace raycstr {

QString Matcher::describe() const
{
    return (kind == Kind::Event ? QStringLiteral("event:") : QStringLiteral("page:")) + value;
}

bool Matcher::validate(QString *error) const
{
    if (value.isEmpty()) {
        *error = kind == Kind::Event ? QStringLiteral("the event name is empty")
                                     : QStringLiteral("the path pattern is empty");
        return false;
    }
    if (kind == Kind::Event) {
        if (value.size() > Limits::MaxNameLength) {
            *error = QStringLiteral("the event name is longer than %1 characters")
                         .arg(Limits::MaxNameLength);
            return false;
        }
        return true;
    }
    if (!value.startsWith(QLatin1Char('/'))) {
        *error = QStringLiteral("the path pattern '%1' must start with '/'").arg(value);
        return false;
    }
    if (value.size() > Limits::MaxUrlLength) {
        *error = QStringLiteral("the path pattern is longer than %1 characters")
                     .arg(Limits::MaxUrlLength);
        return false;
    }
    // Three stars in a row mean nothing more than two and are almost always a typo.
    if (value.contains(QLatin1String("***"))) {
        *error = QStringLiteral("the path pattern '%1' has '***'; use '*' for one segment or "
                                "'**' for any depth")
                     .arg(value);
        return false;
    }
    return true;
}

bool Funnel::validate(QString *error) const
{
    if (name.trimmed().isEmpty()) {
        *error = QStringLiteral("the funnel has no name");
        return false;
    }
    if (name.size() > Limits::MaxNameLength) {
        *error = QStringLiteral("the funnel name is longer than %1 characters")
                     .arg(Limits::MaxNameLength);
        return false;
    }
    if (steps.size() < MinSteps || steps.size() > MaxSteps) {
        *error = QStringLiteral("a funnel has %1 to %2 steps, this one has %3")
                     .arg(MinSteps)
                     .arg(MaxSteps)
                     .arg(steps.size());
        return false;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QString why;
        if (!steps[i].match.validate(&why)) {
            *error = QStringLiteral("step %1: %2").arg(i + 1).arg(why);
            return false;
        }
        if (steps[i].name.size() > Limits::MaxNameLength) {
            *error = QStringLiteral("step %1: the name is longer than %2 characters")
                         .arg(i + 1)
                         .arg(Limits::MaxNameLength);
            return false;
        }
    }
    return true;
}

} // namespace raycstr
