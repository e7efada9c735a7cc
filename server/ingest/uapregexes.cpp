#include "ingest/uapregexes.h"

#include <QDebug>
#include <QFile>
#include <algorithm>
#include <numeric>
#include <optional>
#include <re2/re2.h>
#include <re2/set.h>
#include <yaml-cpp/yaml.h>

namespace raycstr {

namespace {

// The specification's replacements know $1..$9 only.
constexpr int MaxGroups = 9;

// Consecutive regexes sharing one RE2::Set. The first chunk with any match holds the winner,
// so common browsers (near the top of the file) never pay for the later chunks. Smaller
// chunks build their DFA states faster on unseen UAs, larger ones scan fewer sets once warm;
// 64 with 16 MiB each was the best of both on uap-core's ~30k test UAs.
constexpr int ChunkSize = 64;
constexpr int64_t SetMaxMem = int64_t(16) << 20;

// The exact regexes run only on their Set's candidates; RE2's 8 MiB default would let each
// of ~1,200 lazily grown DFAs take memory that bought nothing in measurements (about 75 MB
// more per parser after 30k distinct UAs). A pattern too large for it gets the default.
constexpr int64_t RegexMaxMem = int64_t(256) << 10;

struct FieldSpec
{
    const char *replacementKey; // nullptr: unused field
    int defaultGroup; // capture group filling the field without a replacement; 0: none
};

// ua-parser specification: which replacement overrides which field, and which capture group
// fills the field otherwise. A device's brand has no default group.
constexpr std::array<std::array<FieldSpec, 4>, 3> FieldSpecs = {{
    {{{"family_replacement", 1},
      {"v1_replacement", 2},
      {"v2_replacement", 3},
      {"v3_replacement", 4}}},
    {{{"os_replacement", 1},
      {"os_v1_replacement", 2},
      {"os_v2_replacement", 3},
      {"os_v3_replacement", 4}}},
    {{{"device_replacement", 1}, {"brand_replacement", 0}, {"model_replacement", 1}, {nullptr, 0}}},
}};

constexpr std::array<const char *, 3> SectionKeys
    = {"user_agent_parsers", "os_parsers", "device_parsers"};

std::string_view trimmed(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// "$N" → capture group N (empty when it did not participate), then trimmed, as in the
// reference implementations.
std::string substitute(std::string_view pattern, const re2::StringPiece *groups, int groupCount)
{
    std::string out;
    out.reserve(pattern.size() + 16);
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '$' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const int group = pattern[i + 1] - '0';
            if (group <= groupCount && groups[group].data() != nullptr)
                out.append(groups[group].data(), groups[group].size());
            ++i;
        } else {
            out.push_back(c);
        }
    }
    const std::string_view t = trimmed(out);
    return std::string(t);
}

// A superset of `pattern` for the Set's pre-pass: every bounded repetition {m,n} becomes {m,}.
// uap-core bounds its wildcards (".{0,200}?", "[A-z0-9]{0,50}") to cap backtracking in PCRE,
// but in a DFA each bound multiplies the states by the counter's range: the generic
// crawler patterns alone made the Set ~10x slower. Unbounded, they are cheap; the exact
// regex then confirms the candidate, so results are unchanged.
std::string relaxRepetitions(std::string_view pattern)
{
    std::string out;
    out.reserve(pattern.size());
    bool inClass = false;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\' && i + 1 < pattern.size()) {
            out.append(pattern.substr(i, 2));
            ++i;
            continue;
        }
        if (inClass) {
            // "[:alpha:]" inside a class does not end it.
            if (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':') {
                const size_t end = pattern.find(":]", i + 2);
                if (end != std::string_view::npos) {
                    out.append(pattern.substr(i, end + 2 - i));
                    i = end + 1;
                    continue;
                }
            }
            inClass = c != ']';
            out.push_back(c);
            continue;
        }
        if (c == '[') {
            inClass = true;
            out.push_back(c);
            // A ']' right after '[' or '[^' is a literal, not the end of the class.
            if (i + 1 < pattern.size() && pattern[i + 1] == '^')
                out.push_back(pattern[++i]);
            if (i + 1 < pattern.size() && pattern[i + 1] == ']')
                out.push_back(pattern[++i]);
            continue;
        }
        if (c == '{') {
            // {m,n} with both bounds: keep "{m," and drop n.
            size_t j = i + 1;
            while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9')
                ++j;
            if (j > i + 1 && j < pattern.size() && pattern[j] == ',') {
                size_t k = j + 1;
                while (k < pattern.size() && pattern[k] >= '0' && pattern[k] <= '9')
                    ++k;
                if (k > j + 1 && k < pattern.size() && pattern[k] == '}') {
                    out.append(pattern.substr(i, j + 1 - i));
                    out.push_back('}');
                    i = k;
                    continue;
                }
            }
        }
        out.push_back(c);
    }
    return out;
}

} // namespace

struct UapRegexes::Table
{
    struct Entry
    {
        std::unique_ptr<RE2> re;
        std::array<std::optional<std::string>, 4> replacements;
        int groupCount = 0; // capture groups we extract, capped at MaxGroups
    };
    struct Chunk
    {
        std::unique_ptr<RE2::Set> set;
        int first = 0; // set index i is entries[first + i]
        int count = 0;
    };

    std::vector<Entry> entries;
    std::vector<Chunk> chunks;
};

UapRegexes::UapRegexes() = default;
UapRegexes::~UapRegexes() = default;

int UapRegexes::regexCount() const
{
    int n = 0;
    for (const auto &table : m_tables) {
        if (table)
            n += int(table->entries.size());
    }
    return n;
}

bool UapRegexes::load(const QString &regexesYamlPath, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    YAML::Node root;
    try {
        root = YAML::LoadFile(QFile::encodeName(regexesYamlPath).toStdString());
    } catch (const YAML::Exception &e) {
        return fail(
            QStringLiteral("%1: %2").arg(regexesYamlPath, QString::fromStdString(e.what())));
    }

    std::array<std::unique_ptr<Table>, 3> tables;
    int rejected = 0;
    for (size_t s = 0; s < SectionKeys.size(); ++s) {
        const YAML::Node list = root[SectionKeys[s]];
        if (!list || !list.IsSequence()) {
            return fail(QStringLiteral("%1: no '%2' list")
                            .arg(regexesYamlPath, QLatin1String(SectionKeys[s])));
        }
        auto table = std::make_unique<Table>();
        table->entries.reserve(list.size());

        RE2::Options options;
        options.set_log_errors(false); // rejected patterns are counted, not logged by RE2
        RE2::Options setOptions = options;
        setOptions.set_max_mem(SetMaxMem);
        RE2::Options largeOptions = options;
        options.set_max_mem(RegexMaxMem);

        try {
            for (const YAML::Node &item : list) {
                const YAML::Node regexNode = item["regex"];
                if (!regexNode || !regexNode.IsScalar())
                    continue;
                std::string pattern = regexNode.as<std::string>();
                const YAML::Node flag = item["regex_flag"];
                // (?i) in the pattern itself so the per-regex RE2 and the shared Set agree.
                if (flag && flag.IsScalar() && flag.as<std::string>() == "i")
                    pattern.insert(0, "(?i)");

                auto re = std::make_unique<RE2>(pattern, options);
                if (re->error_code() == RE2::ErrorPatternTooLarge)
                    re = std::make_unique<RE2>(pattern, largeOptions);
                if (!re->ok()) {
                    ++rejected;
                    qDebug().noquote()
                        << "uap-core regex rejected by RE2:" << QString::fromStdString(pattern)
                        << "-" << QString::fromStdString(re->error());
                    continue;
                }

                if (table->chunks.empty() || table->chunks.back().count == ChunkSize) {
                    Table::Chunk chunk;
                    chunk.set = std::make_unique<RE2::Set>(setOptions, RE2::UNANCHORED);
                    chunk.first = int(table->entries.size());
                    table->chunks.push_back(std::move(chunk));
                }
                Table::Chunk &chunk = table->chunks.back();
                std::string relaxed = relaxRepetitions(pattern);
                if (chunk.set->Add(relaxed, nullptr) != chunk.count
                    && chunk.set->Add(pattern, nullptr) != chunk.count) {
                    // Accepted alone but not by the Set: never seen; skip it like a rejection
                    // so Set indices and entries stay aligned.
                    ++rejected;
                    continue;
                }
                ++chunk.count;

                Table::Entry entry;
                entry.groupCount = std::min(re->NumberOfCapturingGroups(), MaxGroups);
                entry.re = std::move(re);
                for (size_t f = 0; f < FieldSpecs[s].size(); ++f) {
                    const char *key = FieldSpecs[s][f].replacementKey;
                    if (!key)
                        continue;
                    const YAML::Node replacement = item[key];
                    if (replacement && replacement.IsScalar())
                        entry.replacements[f] = replacement.as<std::string>();
                }
                table->entries.push_back(std::move(entry));
            }
        } catch (const YAML::Exception &e) {
            return fail(
                QStringLiteral("%1: %2").arg(regexesYamlPath, QString::fromStdString(e.what())));
        }

        for (auto &chunk : table->chunks) {
            if (!chunk.set->Compile())
                return fail(QStringLiteral("%1: RE2::Set out of memory").arg(regexesYamlPath));
        }
        tables[s] = std::move(table);
    }

    m_tables = std::move(tables);
    m_rejected = rejected;
    m_loaded = true;
    if (rejected > 0)
        qDebug() << "uap-core:" << regexCount() << "regexes compiled," << rejected
                 << "rejected by RE2";
    return true;
}

UapRegexes::Result UapRegexes::match(Section section, std::string_view text) const
{
    Result result;
    if (!m_loaded)
        return result;
    const int s = int(section);
    const Table &table = *m_tables[s];
    const re2::StringPiece input(text.data(), text.size());

    // The Set only says which relaxed patterns match: a superset of the exact matches. The exact
    // regexes of the candidates, in file order, pick the winner and capture its groups.
    const Table::Entry *winner = nullptr;
    std::array<re2::StringPiece, MaxGroups + 1> groups;
    std::vector<int> hits;
    for (const auto &chunk : table.chunks) {
        hits.clear();
        RE2::Set::ErrorInfo info {RE2::Set::kNoError};
        if (chunk.set->Match(input, &hits, &info)) {
            std::sort(hits.begin(), hits.end());
        } else if (info.kind != RE2::Set::kNoError) {
            // The Set's DFA gave up (memory budget): every regex of the chunk is a candidate.
            hits.resize(size_t(chunk.count));
            std::iota(hits.begin(), hits.end(), 0);
        }
        for (const int hit : hits) {
            const Table::Entry &entry = table.entries[size_t(chunk.first + hit)];
            if (entry.re->Match(input, 0, input.size(), RE2::UNANCHORED, groups.data(),
                                entry.groupCount + 1)) {
                winner = &entry;
                break;
            }
        }
        if (winner)
            break;
    }
    if (!winner)
        return result;
    const Table::Entry &entry = *winner;

    result.matched = true;
    for (size_t f = 0; f < FieldSpecs[s].size(); ++f) {
        if (entry.replacements[f]) {
            result.fields[f] = substitute(*entry.replacements[f], groups.data(), entry.groupCount);
        } else {
            const int group = FieldSpecs[s][f].defaultGroup;
            if (group > 0 && group <= entry.groupCount && groups[size_t(group)].data() != nullptr)
                result.fields[f].assign(groups[size_t(group)].data(), groups[size_t(group)].size());
        }
    }
    return result;
}

} // namespace raycstr
