#pragma once

#include "query/querytypes.h"

#include <QByteArray>

namespace raycstr::ui::TableCsv {

// A dashboard table as CSV: the very bytes the server's stats API answers for the same rows
// with format=csv (the one stats JSON codec, api/statsjson.h, made into CSV by
// api/csvreply.h and core/csvwriter.h: RFC 4180 quoting, formula cells neutralised), so a
// table exported from the app and one fetched from the API cannot differ. Raw numbers, not
// the screen's "10.1k"; the columns are the API's names.

QByteArray breakdown(const query::BreakdownResult &result); // value, visitors, … per row
QByteArray goals(const query::GoalsResult &result); // a row per goal
QByteArray vitals(const query::VitalsResult &result); // a row per route with samples
QByteArray funnel(const query::FunnelResult &result); // a row per step

} // namespace raycstr::ui::TableCsv
