#pragma once

#include <QString>
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace raycstr {

// uap-core's regexes.yaml compiled to RE2, with the ua-parser specification's replacement
// rules. Matching is const and touches no shared mutable state, so one loaded instance may be
// used from several threads; UserAgentParser adds the cache and the mapping to Agent.
class UapRegexes
{
public:
    enum class Section { UserAgent = 0, Os, Device };

    // Fields per section, in the order of the ua-parser specification:
    //   UserAgent: family, major, minor, patch
    //   Os:        family, major, minor, patch
    //   Device:    family, brand, model
    // An empty string means "absent" (the specification's null).
    struct Result
    {
        bool matched = false;
        std::array<std::string, 4> fields;
    };

    UapRegexes();
    ~UapRegexes();
    UapRegexes(const UapRegexes &) = delete;
    UapRegexes &operator=(const UapRegexes &) = delete;

    bool load(const QString &regexesYamlPath, QString *error);
    bool isLoaded() const { return m_loaded; }

    // Compiled regexes across the three sections, and those RE2 rejected (skipped; uap-core
    // has a few PCRE-only constructs).
    int regexCount() const;
    int rejectedCount() const { return m_rejected; }

    Result match(Section section, std::string_view text) const;

private:
    struct Table;
    std::array<std::unique_ptr<Table>, 3> m_tables;
    int m_rejected = 0;
    bool m_loaded = false;
};

} // namespace raycstr
