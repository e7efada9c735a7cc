#pragma once

// The one place that decides which language raycstr-server and the desktop app speak: the
// translations that ship, the --lang option, and installing the translators (ours, compiled
// in under :/i18n, and Qt's own "qtbase" from the Qt installation). The HTTP API's error
// bodies never go through these: they stay English (see translations/README.md).

#include <QLocale>
#include <QStringList>
#include <optional>

namespace raycstr::language {

// The languages RayCstr is translated into, besides English (the source): "de", "fr", "es".
QStringList translated();
// A language's own name for a picker: "de" → "Deutsch", "en" → "English".
QString nativeName(const QString &code);

// Removes "--NAME VALUE" or "--NAME=VALUE" from `args` (anywhere after the program name) and
// returns VALUE; an empty string when the option is absent. Sets `*error` when it has no value.
// Run before any parser sees the arguments: the language must be known before help texts are
// made.
QString takeOption(QStringList *args, const QString &name, QString *error);

// The locale a language setting stands for: "" → the system's (LANG, LC_ALL, LC_MESSAGES);
// "de" → the system locale when it speaks German (de_AT keeps Austria's formats), else de_DE;
// "en" likewise. nullopt for a language RayCstr is not translated into, or no language at all.
std::optional<QLocale> resolve(const QString &code);

// Makes `locale` the application's language: replaces translators an earlier call installed,
// installs RayCstr's and Qt's for it, and makes it QLocale's default so numbers and dates follow.
// Returns false when RayCstr has no translation for it (English needs none: true).
bool install(const QLocale &locale);

} // namespace raycstr::language
