-- Imports of history (server/import): one row per run. Imported raw events are ordinary
-- events tagged with their run, and a run owns the (site, local day) pairs it wrote, so
-- `import undo` removes exactly its events and the rollups of its days.
CREATE TABLE imports (
    id              INTEGER PRIMARY KEY,
    site_id         INTEGER NOT NULL,
    source          TEXT NOT NULL,      -- access-log, goatcounter
    fingerprint     TEXT NOT NULL,      -- what "the same files again" means (names, sizes)
    files           TEXT NOT NULL,      -- the files, one per line
    started_at      INTEGER NOT NULL,
    finished_at     INTEGER,
    status          TEXT NOT NULL,      -- running, interrupted, failed, done, replaced, undone
    rows_read       INTEGER NOT NULL DEFAULT 0,
    events_written  INTEGER NOT NULL DEFAULT 0,
    skipped         TEXT NOT NULL DEFAULT '{}', -- JSON object: reason → rows
    cut_over_days   INTEGER NOT NULL DEFAULT 0, -- days left out: native data was there
    first_day       INTEGER,            -- local days (since 1970-01-01) written
    last_day        INTEGER,
    error           TEXT
);
CREATE INDEX imports_site ON imports(site_id, source);

-- The days an import wrote, each in one transaction with its events and rollups.
CREATE TABLE import_days (
    site_id    INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    import_id  INTEGER NOT NULL,
    events     INTEGER NOT NULL,
    PRIMARY KEY (site_id, day)
) WITHOUT ROWID;
CREATE INDEX import_days_import ON import_days(import_id);

-- NULL for every event the collector stored.
ALTER TABLE events ADD COLUMN import_id INTEGER;
