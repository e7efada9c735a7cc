#pragma once

#include "http/plainhttp.h"

#include <QJsonValue>
#include <functional>
#include <optional>

namespace raycstr {

// CSV answers for the stats routes (ours and Plausible's v1), asked with `format=csv` or
// `Accept: text/csv` (`format=json` forces JSON; any other format is a 400).
//
// The handlers build their JSON as always; this turns a 200 JSON answer into CSV, so each
// report's numbers and names are decided in one place and CSV cannot drift from JSON.
// The table is the answer's list of rows (breakdown rows, time series points, vitals
// routes, funnel steps, Plausible's results); an answer without one (overview, aggregate)
// is one row. Nested objects flatten to dotted columns (previous.visitors); the report's
// context (site, period) is left out of row tables — it is in the request. Errors stay
// JSON: a client asking for CSV still gets a reason it can read.
class CsvReply
{
public:
    // The response to send for this request: `response` itself, or its CSV rendering.
    static PlainResponse negotiate(const PlainRequest &request, PlainResponse &&response);
    // `response` itself, or its CSV rendering when `csv` (a 200 JSON answer only). For
    // answers built later (on a query worker): wantsCsv() is asked on the HTTP thread.
    static PlainResponse convert(bool csv, PlainResponse &&response);
    // ApiReply::finish after convert(csv): the shaping of a stats route's async answers.
    static std::function<PlainResponse(PlainResponse &&)> finisher(bool csv);
    // Whether the request asks for CSV; nullopt with *error for an unknown format.
    static std::optional<bool> wantsCsv(const PlainRequest &request, QString *error);
    // A JSON answer as CSV (header row first).
    static QByteArray fromJson(const QJsonValue &body);
};

} // namespace raycstr
