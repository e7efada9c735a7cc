-- Goals and funnels: definitions only. Conversions are computed from raw events at query
-- time, so a goal added today also reports on last month.

-- kind: 0 = custom event by name, 1 = pageview path pattern (core/goal.h Matcher).
CREATE TABLE goals (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    kind        INTEGER NOT NULL,
    match       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (site_id, name),
    UNIQUE (site_id, kind, match)
);

-- steps: JSON array of {"kind": "page"|"event", "match": "...", "name": "..."}.
CREATE TABLE funnels (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL,
    name        TEXT NOT NULL COLLATE NOCASE,
    steps       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (site_id, name)
);

CREATE TRIGGER sites_delete_goals AFTER DELETE ON sites
BEGIN
    DELETE FROM goals WHERE site_id = OLD.id;
    DELETE FROM funnels WHERE site_id = OLD.id;
END;
