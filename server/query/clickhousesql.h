#pragma once

#include "query/statsbackend.h"

#include <QByteArray>

namespace raycstr::query {

// The SQL text ClickHouseStats sends: how fields, filters, goals and scopes read in
// ClickHouse's dialect over store/clickhouseschema's `events` table. One home for the
// mapping from a Field to columns, so grouping and filtering never disagree.
//
// Only SQL that ClickHouse 18.16 and current releases both run (docs/clickhouse.md lists
// it). Values go in as quoted literals (18.16 has no query parameters): every text a
// caller chose passes through literal().
namespace ClickHouseSql {

// A string literal, exact for any text.
QByteArray literal(const QString &text);
// DateTime of Unix seconds.
QByteArray instant(qint64 secs);

// A field's text on one event as a filter reads it: every event has one ("" when the
// field does not apply to its kind). ExitPage reads the joined column `exit_path`.
QByteArray filterText(const Field &field);
// A field's group on one event as a breakdown groups it, and the condition an event must
// meet to be grouped at all (a custom event has no page, a pageview no event name).
QByteArray groupText(const Field &field);
QByteArray groupCondition(const Field &field);
// Whether a field or filters read the visit's exit page (the query joins it).
bool needsExit(const Field *field, const QList<Filter> &filters);

// One goal or funnel step as a condition on an event.
QByteArray matcherCondition(const Matcher &matcher);

// The condition every filter of `scope` puts on an event: "1" for none. Goal filters keep
// the visits that reached one of their goals (any activity event of the visit).
QByteArray filterCondition(const Scope &scope);

// The events a question reads: the site's, of `kinds` ("0, 1"), with ts in
// [fromSecs, toSecs), the visit's exit page joined when `exit`; as a FROM clause and the
// condition its rows must meet ("FROM " + from + " WHERE " + where + " AND …").
// Without the exit page the FROM is the `events` table itself, so that on a cluster the
// whole question (with its IN subqueries, read shard by shard: a visit lives on one shard)
// runs on the shards and only aggregates travel; with it, a subquery joining the exit page.
struct EventSource
{
    QByteArray from;
    QByteArray where;
    // The same as one subquery, where a clause must follow the FROM (ARRAY JOIN).
    QByteArray subquery() const { return "(SELECT * FROM " + from + " WHERE " + where + ')'; }
};
EventSource events(const Scope &scope, const QByteArray &kinds, qint64 fromSecs, qint64 toSecs,
                   bool exit);

// One UInt64 per (visitor, local day) of an event, for uniqExact(): visitor ids have 48
// bits and day numbers fit 16 (until 2149), as in the SQLite backend's visitor index. A
// single UInt64 is hashed as it is, where uniqExact(visitor, day) hashes a tuple with
// SipHash into 128 bits (issue 16's benchmark: one scan 3.2 s → 1.5 s). `dayColumn`: "day"
// or "visit_day".
QByteArray visitorDay(const QByteArray &dayColumn = "day");

// How far past a range's end a visit's later events are read (its bounce, duration and
// exit page): the SQLite backend's raw scan margin, so both count the same visits.
qint64 marginSecs();

} // namespace ClickHouseSql

} // namespace raycstr::query
