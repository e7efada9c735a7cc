#include "core/funnelyaml.h"

#include <yaml-cpp/yaml.h>

namespace raycstr::FunnelYaml {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString lineOf(const YAML::Node &node)
{
    return QStringLiteral("line %1").arg(node.Mark().line + 1);
}

// A scalar as text, or a line-numbered error: `name: [a, b]` is a mistake worth naming.
bool scalar(const YAML::Node &node, const char *what, QString *out, QString *error)
{
    if (!node.IsScalar()) {
        *error = QStringLiteral("%1: '%2' must be a single value")
                     .arg(lineOf(node), QLatin1String(what));
        return false;
    }
    *out = qs(node.Scalar()).trimmed();
    return true;
}

bool parseStep(const YAML::Node &item, int index, FunnelStep *step, QString *error)
{
    const QString at = lineOf(item);
    if (!item.IsMap()) {
        *error = QStringLiteral("%1: step %2 must be a mapping like 'step: /pricing'")
                     .arg(at)
                     .arg(index);
        return false;
    }
    bool hasPath = false, hasEvent = false;
    for (const auto &kv : item) {
        const QString key = qs(kv.first.as<std::string>());
        QString value;
        if (!scalar(kv.second, kv.first.Scalar().c_str(), &value, error))
            return false;
        if (key == QLatin1String("step") || key == QLatin1String("page")) {
            hasPath = true;
            step->match = {Matcher::Kind::Page, value};
        } else if (key == QLatin1String("event")) {
            hasEvent = true;
            step->match = {Matcher::Kind::Event, value};
        } else if (key == QLatin1String("name")) {
            step->name = value;
        } else {
            *error
                = QStringLiteral("%1: unknown key '%2' in step %3 (expected step, event or name)")
                      .arg(lineOf(kv.first), key)
                      .arg(index);
            return false;
        }
    }
    if (hasPath == hasEvent) {
        *error = hasPath
            ? QStringLiteral("%1: step %2 has both 'step' and 'event'; give one").arg(at).arg(index)
            : QStringLiteral("%1: step %2 needs 'step: /path' or 'event: name'").arg(at).arg(index);
        return false;
    }
    QString why;
    if (!step->match.validate(&why)) {
        if (step->match.kind == Matcher::Kind::Page && !step->match.value.isEmpty()
            && !step->match.value.startsWith(QLatin1Char('/')))
            why += QStringLiteral(" (for a custom event write 'event: %1')").arg(step->match.value);
        *error = QStringLiteral("%1: step %2: %3").arg(at).arg(index).arg(why);
        return false;
    }
    return true;
}

} // namespace

std::optional<Funnel> parse(const QByteArray &text, QString *error)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        *error = QStringLiteral("line %1: %2").arg(e.mark.line + 1).arg(qs(e.msg));
        return std::nullopt;
    }
    if (!root.IsMap()) {
        *error = QStringLiteral("line 1: expected a mapping with a 'funnel:' list of steps");
        return std::nullopt;
    }
    Funnel funnel;
    bool hasSteps = false;
    try {
        for (const auto &kv : root) {
            const QString key = qs(kv.first.as<std::string>());
            if (key == QLatin1String("name")) {
                if (!scalar(kv.second, "name", &funnel.name, error))
                    return std::nullopt;
            } else if (key == QLatin1String("id")) {
                // Written on export so a file says where it came from; an import always
                // creates or replaces by name, never by a foreign id.
            } else if (key == QLatin1String("funnel")) {
                hasSteps = true;
                if (!kv.second.IsSequence()) {
                    *error = QStringLiteral("%1: 'funnel' must be a list of steps ('- step: /')")
                                 .arg(lineOf(kv.first));
                    return std::nullopt;
                }
                int index = 0;
                for (const YAML::Node &item : kv.second) {
                    FunnelStep step;
                    if (!parseStep(item, ++index, &step, error))
                        return std::nullopt;
                    funnel.steps.append(step);
                }
                if (funnel.steps.size() < Funnel::MinSteps
                    || funnel.steps.size() > Funnel::MaxSteps) {
                    *error = QStringLiteral("%1: a funnel has %2 to %3 steps, this one has %4")
                                 .arg(lineOf(kv.first))
                                 .arg(Funnel::MinSteps)
                                 .arg(Funnel::MaxSteps)
                                 .arg(funnel.steps.size());
                    return std::nullopt;
                }
            } else {
                *error = QStringLiteral("%1: unknown key '%2' (expected name, id or funnel)")
                             .arg(lineOf(kv.first), key);
                return std::nullopt;
            }
        }
    } catch (const YAML::Exception &e) {
        *error = QStringLiteral("line %1: %2").arg(e.mark.line + 1).arg(qs(e.msg));
        return std::nullopt;
    }
    if (!hasSteps) {
        *error = QStringLiteral("line 1: no 'funnel:' list of steps");
        return std::nullopt;
    }
    return funnel;
}

QByteArray write(const Funnel &funnel)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    if (!funnel.name.isEmpty())
        out << YAML::Key << "name" << YAML::Value << funnel.name.toStdString();
    if (funnel.id > 0)
        out << YAML::Key << "id" << YAML::Value << funnel.id;
    out << YAML::Key << "funnel" << YAML::Value << YAML::BeginSeq;
    for (const FunnelStep &s : funnel.steps) {
        out << YAML::BeginMap;
        out << YAML::Key << (s.match.kind == Matcher::Kind::Event ? "event" : "step") << YAML::Value
            << s.match.value.toStdString();
        if (!s.name.isEmpty())
            out << YAML::Key << "name" << YAML::Value << s.name.toStdString();
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace raycstr::FunnelYaml
