-- Site ids are never reused: a site added after a removal must not inherit anything filed
-- under the removed site's id (events the writer had in flight, keys, caches of a running
-- server). SQLite only gives that with AUTOINCREMENT, which needs the table rebuilt.
CREATE TABLE sites_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    domain      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    timezone    TEXT NOT NULL DEFAULT 'UTC',
    created_at  INTEGER NOT NULL
);
INSERT INTO sites_new(id, domain, timezone, created_at)
    SELECT id, domain, timezone, created_at FROM sites;
DROP TABLE sites; -- takes its triggers along: made again below
ALTER TABLE sites_new RENAME TO sites;

-- Ids removed before this migration ran may have left rows behind (the writer kept
-- writing a removed site's events): start after the highest id anything still names.
-- Every one of these is the first column of its table's key, so each max() is one seek.
INSERT INTO sqlite_sequence(name, seq)
    SELECT 'sites', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sites');
UPDATE sqlite_sequence SET seq = max(seq,
        coalesce((SELECT max(id) FROM sites), 0),
        coalesce((SELECT max(id) >> 46 FROM events), 0),
        coalesce((SELECT max(site_id) FROM rollup_hourly), 0),
        coalesce((SELECT max(site_id) FROM rollup_daily), 0),
        coalesce((SELECT max(site_id) FROM rollup_vitals), 0),
        coalesce((SELECT max(site_id) FROM dropped), 0))
    WHERE name = 'sites';

CREATE TRIGGER sites_delete_auth AFTER DELETE ON sites
BEGIN
    DELETE FROM api_keys WHERE site_id = OLD.id;
    DELETE FROM share_links WHERE site_id = OLD.id;
END;

CREATE TRIGGER sites_delete_goals AFTER DELETE ON sites
BEGIN
    DELETE FROM goals WHERE site_id = OLD.id;
    DELETE FROM funnels WHERE site_id = OLD.id;
END;

-- A change counter for the names the collector resolves (domains and aliases), bumped by
-- triggers whatever process makes the change (`raycstr-server site …` runs beside the
-- server). A running server reads this one row before it trusts its in-memory directory,
-- so an added, aliased or removed site takes effect on the next request.
CREATE TABLE site_directory_version (
    version  INTEGER NOT NULL
);
INSERT INTO site_directory_version(version) VALUES (0);

CREATE TRIGGER sites_changed_insert AFTER INSERT ON sites
BEGIN
    UPDATE site_directory_version SET version = version + 1;
END;
CREATE TRIGGER sites_changed_update AFTER UPDATE ON sites
BEGIN
    UPDATE site_directory_version SET version = version + 1;
END;
CREATE TRIGGER sites_changed_delete AFTER DELETE ON sites
BEGIN
    UPDATE site_directory_version SET version = version + 1;
END;
CREATE TRIGGER site_aliases_changed_insert AFTER INSERT ON site_aliases
BEGIN
    UPDATE site_directory_version SET version = version + 1;
END;
CREATE TRIGGER site_aliases_changed_update AFTER UPDATE ON site_aliases
BEGIN
    UPDATE site_directory_version SET version = version + 1;
END;
CREATE TRIGGER site_aliases_changed_delete AFTER DELETE ON site_aliases
BEGIN
    UPDATE site_directory_version SET version = version + 1;
END;
