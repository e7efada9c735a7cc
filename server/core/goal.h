#pragma once

#include <QList>
#include <QString>

namespace raycstr {

// What a goal or a funnel step matches: a custom event by name, or a pageview whose path
// matches a pattern (`/blog/*`: any one segment, `/docs/**`: anything below).
struct Matcher
{
    enum class Kind { Event, Page };
    Kind kind = Kind::Page;
    QString value; // the event name, or the path pattern

    // "event:signup" / "page:/pricing" — how goals and steps are written on the command
    // line and in error messages.
    QString describe() const;
    // A path pattern is a path (starts with '/'), wildcards allowed; an event name is
    // 1–120 characters. False with a reason.
    bool validate(QString *error) const;
    friend bool operator==(const Matcher &, const Matcher &) = default;
};

struct Goal
{
    qint64 id = 0;
    qint32 siteId = 0;
    QString name; // what reports show; defaults to the event name or the pattern
    Matcher match;
    qint64 createdAt = 0;
};

struct FunnelStep
{
    QString name; // optional label; reports fall back to the matcher
    Matcher match;
    QString label() const { return name.isEmpty() ? match.value : name; }
    friend bool operator==(const FunnelStep &, const FunnelStep &) = default;
};

struct Funnel
{
    static constexpr int MinSteps = 2;
    static constexpr int MaxSteps = 8;
    qint64 id = 0;
    qint32 siteId = 0;
    QString name;
    QList<FunnelStep> steps;
    qint64 createdAt = 0;

    // Name present, 2–8 valid steps. False with a reason naming the step.
    bool validate(QString *error) const;
};

} // namespace raycstr
