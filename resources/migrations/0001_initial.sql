-- RayCstr schema, version 1.
-- Raw events are clustered by (site, time) through a packed integer key; strings that repeat
-- (paths, referrers, browsers…) are interned. No column can hold an IP address or a
-- User-Agent string: the pipeline drops both before anything reaches the store.

CREATE TABLE sites (
    id          INTEGER PRIMARY KEY,
    domain      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    timezone    TEXT NOT NULL DEFAULT 'UTC',
    created_at  INTEGER NOT NULL
);

-- One random key per local calendar day; deleted 48 h after it was made.
CREATE TABLE salts (
    day         INTEGER PRIMARY KEY,
    salt        BLOB NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE strings (
    id          INTEGER PRIMARY KEY,
    value       TEXT NOT NULL UNIQUE
);

CREATE TABLE pages (
    id          INTEGER PRIMARY KEY,
    hostname    INTEGER NOT NULL,
    path        INTEGER NOT NULL,
    UNIQUE (hostname, path)
);

-- A visit's acquisition: where it came from.
CREATE TABLE acquisitions (
    id            INTEGER PRIMARY KEY,
    source        INTEGER NOT NULL,
    referrer      INTEGER NOT NULL,
    utm_source    INTEGER NOT NULL,
    utm_medium    INTEGER NOT NULL,
    utm_campaign  INTEGER NOT NULL,
    utm_content   INTEGER NOT NULL,
    utm_term      INTEGER NOT NULL,
    UNIQUE (source, referrer, utm_source, utm_medium, utm_campaign, utm_content, utm_term)
);

-- What the User-Agent was reduced to; the UA itself is never stored.
CREATE TABLE agents (
    id               INTEGER PRIMARY KEY,
    browser          INTEGER NOT NULL,
    browser_version  INTEGER NOT NULL,
    os               INTEGER NOT NULL,
    os_version       INTEGER NOT NULL,
    device           INTEGER NOT NULL,
    UNIQUE (browser, browser_version, os, os_version, device)
);

-- id = site_id << 46 | (ts − 2020-01-01) << 16 | n  (see store/eventkey.h).
-- Interned ids of 0 are stored as NULL, which takes no bytes in the record.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    visitor      INTEGER NOT NULL,  -- 48-bit keyed hash, daily salt
    visit_age    INTEGER NOT NULL,  -- seconds since the visit's first event
    kind         INTEGER NOT NULL,  -- 0 pageview, 1 custom, 2 vitals, 3 engagement
    flags        INTEGER NOT NULL,  -- core/event.h EventFlag
    page         INTEGER,           -- pages.id
    acquisition  INTEGER,           -- acquisitions.id; NULL = direct
    agent        INTEGER,           -- agents.id
    country      INTEGER,           -- ISO code packed as (c0 << 8 | c1); NULL = unknown
    name         INTEGER,           -- strings.id: event name or vitals metric
    props        INTEGER,           -- strings.id of a JSON object
    value        REAL
);

-- Rollups: kept forever, updated in the writer's transaction. `hour` is the UTC instant at
-- which the site's local hour starts; `day` counts local calendar days since 1970-01-01.
CREATE TABLE rollup_hourly (
    site_id    INTEGER NOT NULL,
    hour       INTEGER NOT NULL,
    visitors   INTEGER NOT NULL DEFAULT 0,
    visits     INTEGER NOT NULL DEFAULT 0,
    pageviews  INTEGER NOT NULL DEFAULT 0,
    events     INTEGER NOT NULL DEFAULT 0,
    bounces    INTEGER NOT NULL DEFAULT 0,
    duration   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, hour)
) WITHOUT ROWID;

-- dim: core/event.h Dimension; value: strings.id (0 = empty, e.g. direct traffic).
CREATE TABLE rollup_daily (
    site_id    INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    dim        INTEGER NOT NULL,
    value      INTEGER NOT NULL,
    visitors   INTEGER NOT NULL DEFAULT 0,
    visits     INTEGER NOT NULL DEFAULT 0,
    pageviews  INTEGER NOT NULL DEFAULT 0,
    events     INTEGER NOT NULL DEFAULT 0,
    bounces    INTEGER NOT NULL DEFAULT 0,
    duration   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, day, dim, value)
) WITHOUT ROWID;

-- Hits accepted over HTTP but not stored (bots…), counted per day.
CREATE TABLE dropped (
    site_id  INTEGER NOT NULL,
    day      INTEGER NOT NULL,
    reason   TEXT NOT NULL,
    count    INTEGER NOT NULL,
    PRIMARY KEY (site_id, day, reason)
) WITHOUT ROWID;
