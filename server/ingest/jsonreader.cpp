#include "ingest/jsonreader.h"

#include <algorithm>
#include <cstring>

namespace raycstr::json {

namespace {

// Short reasons in the words of Qt's JSON parser, which the error messages used before;
// simdjson's own texts are long and name its internals ("tape").
QString reason(simdjson::error_code code)
{
    switch (code) {
    case simdjson::UTF8_ERROR:
        return QStringLiteral("invalid UTF8 string");
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        return QStringLiteral("illegal number");
    case simdjson::STRING_ERROR:
        return QStringLiteral("invalid escape sequence");
    case simdjson::UNESCAPED_CHARS:
        return QStringLiteral("unescaped control character in a string");
    case simdjson::UNCLOSED_STRING:
        return QStringLiteral("unterminated string");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return QStringLiteral("illegal value");
    case simdjson::DEPTH_ERROR:
        return QStringLiteral("too deeply nested document");
    case simdjson::EMPTY:
        return QStringLiteral("no value");
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::TRAILING_CONTENT:
        return QStringLiteral("malformed or truncated document, or data after it");
    default:
        return QString::fromLatin1(simdjson::error_message(code));
    }
}

bool isHex4(std::string_view text, size_t at)
{
    if (at + 4 > text.size())
        return false;
    for (size_t i = at; i < at + 4; ++i) {
        const char c = text[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

unsigned hex4(std::string_view text, size_t at)
{
    unsigned value = 0;
    for (size_t i = at; i < at + 4; ++i) {
        const char c = text[i];
        value
            = value * 16 + unsigned(c <= '9' ? c - '0' : (c >= 'a' ? c - 'a' + 10 : c - 'A' + 10));
    }
    return value;
}

void appendEscaped(std::string *out, uchar control)
{
    static const char hex[] = "0123456789abcdef";
    const char escape[] = {'\\', 'u', '0', '0', hex[control >> 4], hex[control & 0xf]};
    out->append(escape, sizeof escape);
}

bool isJsonEscape(uchar c)
{
    return std::string_view("\"\\/bfnrtu").find(char(c)) != std::string_view::npos;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Qt's parser, which the wire formats used before, accepted things simdjson refuses, and some
// real clients send them: integers beyond 64 bits (JavaScript prints numbers below 1e21 with
// all their digits), lone UTF-16 surrogates (JSON.stringify escapes a string cut in the
// middle of an emoji as "\ud83d"), and from hand-made JSON, control characters and unknown
// escapes ("\x" for "x") in strings. Rewrite them into what simdjson takes so the caller can
// parse again: "<digits>.0" is the same double Qt made of the integer; a control character
// gets its \u escape; an unknown escape of an ASCII character becomes the character, as in
// Qt; a lone surrogate becomes U+FFFD (Qt kept it, then wrote '?' for it in UTF-8, which in a
// URL would start a query string). Only the first failure
// pays for this; anything else that was invalid stays invalid. Returns false when there was nothing
// to rewrite.
bool rewriteForSimdjson(std::string_view in, std::string *out)
{
    bool changed = false;
    out->clear();
    out->reserve(in.size() + 32);
    size_t i = 0;
    while (i < in.size()) {
        const char c = in[i];
        if (c == '"') {
            out->push_back(c);
            ++i;
            while (i < in.size() && in[i] != '"') {
                const uchar byte = uchar(in[i]);
                if (byte < 0x20) {
                    appendEscaped(out, byte);
                    changed = true;
                    ++i;
                    continue;
                }
                if (byte != '\\' || i + 1 >= in.size()) {
                    out->push_back(in[i++]);
                    continue;
                }
                const uchar escaped = uchar(in[i + 1]);
                if (!isJsonEscape(escaped) && escaped < 0x80) {
                    if (escaped < 0x20)
                        appendEscaped(out, escaped);
                    else
                        out->push_back(char(escaped));
                    changed = true;
                    i += 2;
                    continue;
                }
                if (escaped != 'u') {
                    out->append(in.substr(i, 2));
                    i += 2;
                    continue;
                }
                if (!isHex4(in, i + 2))
                    return false; // Qt refused this too; rewriting more could make it valid

                const unsigned unit = hex4(in, i + 2);
                const bool high = unit >= 0xd800 && unit <= 0xdbff;
                const bool low = unit >= 0xdc00 && unit <= 0xdfff;
                if (high && i + 12 <= in.size() && in[i + 6] == '\\' && in[i + 7] == 'u'
                    && isHex4(in, i + 8) && hex4(in, i + 8) >= 0xdc00
                    && hex4(in, i + 8) <= 0xdfff) {
                    out->append(in.substr(i, 12)); // a proper pair
                    i += 12;
                } else if (high || low) {
                    out->append("\\ufffd");
                    changed = true;
                    i += 6;
                } else {
                    out->append(in.substr(i, 6));
                    i += 6;
                }
            }
            if (i < in.size())
                out->push_back(in[i++]);
            continue;
        }
        if (c == '-' || isDigit(c)) {
            // A number token (outside strings, digits only start numbers).
            const size_t start = i;
            size_t digits = 0;
            bool integer = true;
            while (i < in.size()
                   && (isDigit(in[i]) || in[i] == '-' || in[i] == '+' || in[i] == '.'
                       || in[i] == 'e' || in[i] == 'E')) {
                digits += isDigit(in[i]) ? 1 : 0;
                integer = integer && (isDigit(in[i]) || in[i] == '-');
                ++i;
            }
            out->append(in.substr(start, i - start));
            // 19 digits may not fit a signed 64-bit integer; the double is the same anyway.
            if (integer && digits > 18) {
                out->append(".0");
                changed = true;
            }
            continue;
        }
        out->push_back(c);
        ++i;
    }
    return changed;
}

} // namespace

simdjson::error_code Document::parsePadded(std::string_view json)
{
    // The first document allocates even when it is empty: the padding is written below.
    if (!m_buffer || m_bufferCapacity < json.size()) {
        // Sized for the largest document so far: the body limit bounds it.
        m_buffer.reset(new char[json.size() + simdjson::SIMDJSON_PADDING]);
        m_bufferCapacity = json.size();
    }
    if (!json.empty()) // an empty view may have a null data(), which memcpy must not get
        std::memcpy(m_buffer.get(), json.data(), json.size());
    // simdjson reads the padding but ignores it; zeroed so no read is of uninitialised memory.
    std::memset(m_buffer.get() + json.size(), 0, simdjson::SIMDJSON_PADDING);
    return m_parser.parse(m_buffer.get(), json.size(), false).get(m_root);
}

bool Document::parse(std::string_view json, QString *errorText)
{
    // Qt skipped a UTF-8 byte order mark; some HTTP clients still send one.
    if (json.size() >= 3 && std::memcmp(json.data(), "\xEF\xBB\xBF", 3) == 0)
        json.remove_prefix(3);
    simdjson::error_code error = parsePadded(json);
    if (error == simdjson::NUMBER_ERROR || error == simdjson::STRING_ERROR
        || error == simdjson::UNESCAPED_CHARS) {
        std::string rewritten;
        if (rewriteForSimdjson(json, &rewritten)) {
            const simdjson::error_code retry = parsePadded(rewritten);
            if (!retry)
                return true;
            error = retry;
        }
    }
    if (error) {
        if (errorText)
            *errorText = reason(error);
        return false;
    }
    return true;
}

bool Value::isDouble() const
{
    if (!m_defined)
        return false;
    switch (m_element.type()) {
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return true;
    default:
        return false;
    }
}

double Value::toDouble(double defaultValue) const
{
    if (!m_defined)
        return defaultValue;
    switch (m_element.type()) {
    case simdjson::dom::element_type::INT64:
        return double(m_element.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return double(m_element.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE: {
        // Qt stored an integral double as an integer, which turned -0.0 into 0.
        const double d = m_element.get_double().value_unsafe();
        return d == 0 ? 0.0 : d;
    }
    default:
        return defaultValue;
    }
}

std::string_view Value::toStringView() const
{
    return isString() ? m_element.get_string().value_unsafe() : std::string_view();
}

Object Value::toObject() const
{
    simdjson::dom::object object;
    if (!m_defined || m_element.get(object) != simdjson::SUCCESS)
        return Object();
    return Object(object);
}

Object::Object(simdjson::dom::object object)
{
    qsizetype position = 0;
    for (const simdjson::dom::key_value_pair member : object)
        m_members.append(Member {member.key, Value(member.value), position++});
}

Value Object::value(std::string_view key) const
{
    // Linear, from the end so a repeated key gives its last value. A wire-format object has a
    // handful of members with keys of a few bytes: comparing the size and the first byte
    // inline rejects nearly all of them without a call to memcmp.
    for (auto it = m_members.crbegin(); it != m_members.crend(); ++it) {
        const std::string_view candidate = it->key;
        if (candidate.size() == key.size()
            && (key.empty()
                || (candidate[0] == key[0]
                    && std::memcmp(candidate.data() + 1, key.data() + 1, key.size() - 1) == 0)))
            return it->value;
    }
    return Value();
}

Object::Members Object::sorted() const
{
    Members members = m_members;
    // Unstable sort made stable by the position (std::stable_sort would allocate a buffer);
    // then keep the last of each run of equal keys, as QJsonObject does.
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        const int order = a.key.compare(b.key);
        return order != 0 ? order < 0 : a.position < b.position;
    });
    auto out = members.begin();
    for (auto it = members.begin(); it != members.end(); ++it) {
        const auto next = it + 1;
        if (next != members.end() && next->key == it->key)
            continue;
        *out++ = *it;
    }
    members.resize(out - members.begin());
    return members;
}

} // namespace raycstr::json
