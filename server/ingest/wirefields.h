#pragma once

#include "ingest/jsonreader.h"
#include "ingest/wireformat.h"

#include <QString>

// The field readers our wire formats share (Traytic's /collect batch and Plausible's
// /api/event, wireformat.cpp; the refusal and message rules also for the compatible formats,
// compatformats.cpp): how a field is picked, read, limited and refused, so every format
// answers the same mistake with the same message. Internal to raycstr_ingest.
namespace raycstr::wire {

using json::Object;
using json::toQString;
using json::Value;

// The documents that can be alive at the same time during one parse: the body, and the
// JSON-encoded objects that Plausible's tracker sends inside strings. Each has its own
// parser, kept per thread: parsers are not thread-safe, and reusing one is what makes the
// parse cheap (no allocation once it has seen the largest body).
enum class Doc { Body, Props, Metrics, Revenue, Count };

json::Document &document(Doc doc);

// Every check below reports the first problem and stops: a tracker sends well-formed
// bodies, so an error is a bug or an attack and one clear message is what helps.
bool fail(WireError *error, int status, const QString &message);

// Where a problem is, for the message: an index into Traytic's "events", or nothing.
// Kept as a number so the happy path never formats a string.
struct Where
{
    qsizetype event = -1;
};

QString prefix(Where where);

// Never echo unbounded input back into an error message (or a log).
QString clip(QStringView text);

QString tooLong(const QString &what, qsizetype size, qsizetype limit);

bool parseBody(const QByteArray &body, simdjson::dom::object *root, WireError *error);

// A field that Plausible accepts under a short and a long name ("u"/"url"). `name` is the
// one the client used, for the error messages.
struct Field
{
    Value value;
    QLatin1String name;
};

Field pick(const Object &object, QLatin1String shortName, QLatin1String longName);

bool isMissing(const Value &value);

// A string field; missing/null gives an empty string (the caller decides if that is ok).
bool readString(const Field &field, qsizetype maxLength, Where where, QString *out,
                WireError *error);

// A page URL that is sent must be one the pipeline can use; refused here rather than
// accepted with a 2xx and dropped by the writer.
bool checkPageUrl(const QString &url, QLatin1String fieldName, Where where, WireError *error);

bool readRequiredString(const Field &field, const QString &alternative, qsizetype maxLength,
                        Where where, QString *out, WireError *error);

// A number as a prop value: integers without a decimal point ("3", not "3.0").
QString numberToString(double d);

bool readProps(const Object &object, Where where, QLatin1String fieldName, QList<Property> *out,
               WireError *error);

// An object, or (Plausible) a JSON-encoded object in a string, as the tracker's
// JSON.stringify(props) sends it. Missing/null/"" → empty object. A string is parsed by
// `doc`'s parser, and `out` then points into it until that document is parsed again.
bool readObjectOrJsonString(const Field &field, Where where, Doc doc, Object *out,
                            WireError *error);

bool readScreenWidth(const Field &field, Where where, int *out, WireError *error);

bool readBool(const Field &field, bool defaultValue, Where where, bool *out, WireError *error);

bool readNumber(const Field &field, Where where, double *out, bool *present, WireError *error);

// Web Vitals: the canonical upper-case names, shared so the parser never allocates them.
const QString *metricName(QStringView input);

bool appendVital(const Hit &base, QStringView metric, const Value &value, Where where,
                 QList<Hit> *hits, WireError *error);

bool appendVitalsFromObject(const Hit &base, const Object &metrics, Where where,
                            QLatin1String fieldName, QList<Hit> *hits, WireError *error);

} // namespace raycstr::wire
