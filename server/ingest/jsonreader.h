#pragma once

#include <QString>
#include <QVarLengthArray>

#include <simdjson.h>

#include <memory>
#include <string_view>

// The JSON layer under the wire formats: simdjson's DOM parser, with the few semantics of
// QJsonDocument/QJsonObject/QJsonValue that the wire formats (and their clients) came to
// rely on when they were written against Qt's JSON classes. Used by raycstr_ingest and by the
// import room's JSON sources (GA4's reports and BigQuery export), which link simdjson too.
namespace raycstr::json {

class Object;

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// One parsed document. The parser keeps its memory (tape, string buffer, padded input copy)
// between calls, so a steady stream of bodies parses without allocating; keep one Document
// per document that must stay alive at the same time, per thread.
class Document
{
public:
    // Parses `json`; on success root() stays valid until the next parse() of this Document.
    // On failure `errorText` says why, in a few words (no offset: simdjson's DOM parser
    // does not report one).
    bool parse(std::string_view json, QString *errorText);
    simdjson::dom::element root() const { return m_root; }

private:
    simdjson::error_code parsePadded(std::string_view json);

    simdjson::dom::parser m_parser;
    simdjson::dom::element m_root;
    // simdjson reads up to SIMDJSON_PADDING bytes past the input; a QByteArray promises one.
    std::unique_ptr<char[]> m_buffer;
    size_t m_bufferCapacity = 0;
};

// A JSON value as QJsonValue presents it: possibly undefined (a missing key), numbers all
// doubles, toString() of a non-string empty.
class Value
{
public:
    Value() = default; // undefined
    explicit Value(simdjson::dom::element element)
        : m_element(element)
        , m_defined(true)
    { }

    bool isUndefined() const { return !m_defined; }
    bool isNull() const { return is(simdjson::dom::element_type::NULL_VALUE); }
    bool isBool() const { return is(simdjson::dom::element_type::BOOL); }
    bool isString() const { return is(simdjson::dom::element_type::STRING); }
    bool isObject() const { return is(simdjson::dom::element_type::OBJECT); }
    bool isArray() const { return is(simdjson::dom::element_type::ARRAY); }
    bool isDouble() const; // any number: QJsonValue has no separate integers either

    double toDouble(double defaultValue = 0) const;
    bool toBool() const { return isBool() && m_element.get_bool().value_unsafe(); }
    std::string_view toStringView() const; // "" unless a string
    QString toString() const { return toQString(toStringView()); }
    Object toObject() const; // empty unless an object
    simdjson::dom::element element() const { return m_element; }

private:
    bool is(simdjson::dom::element_type type) const
    {
        return m_defined && m_element.type() == type;
    }

    simdjson::dom::element m_element;
    bool m_defined = false;
};

// A JSON object with QJsonObject's semantics, which the wire formats were written against:
// a repeated key keeps its last value, and iteration is sorted by key (the order of props,
// and of the vitals expanded from a metrics object). Members stay in document order for the
// lookups, which is what the hot path does; sorted() pays for the order where it is used.
// They live on the stack up to a typical size; the strings and values stay in the Document.
class Object
{
public:
    struct Member
    {
        std::string_view key;
        Value value;
        qsizetype position = 0; // in the document: which of repeated keys is the last
    };
    using Members = QVarLengthArray<Member, 32>;

    Object() = default; // empty
    explicit Object(simdjson::dom::object object);

    bool isEmpty() const { return m_members.isEmpty(); }
    Value value(std::string_view key) const;
    Value value(QLatin1String key) const
    {
        return value(std::string_view(key.data(), size_t(key.size())));
    }
    Members sorted() const; // as QJsonObject iterates: by key, each key once

private:
    Members m_members;
};

} // namespace raycstr::json
