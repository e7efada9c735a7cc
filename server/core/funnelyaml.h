#pragma once

#include "core/goal.h"

#include <QByteArray>
#include <optional>

namespace raycstr {

// The seed's funnel file, kept valid as written there and extended compatibly:
//
//   name: Sign-up flow          # optional here (the CLI/API can name it instead)
//   id: 7                       # written on export, ignored on import
//   funnel:
//     - step: /                 # a path pattern: /blog/* one segment, /docs/** any depth
//       name: homepage
//     - event: signup           # a custom event instead of a path
//       name: signed up
//
// Errors name the line: "line 4: a step needs 'step: /path' or 'event: name'".
namespace FunnelYaml {

std::optional<Funnel> parse(const QByteArray &text, QString *error);
QByteArray write(const Funnel &funnel);

} // namespace FunnelYaml

} // namespace raycstr
