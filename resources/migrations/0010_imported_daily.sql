-- Imported aggregates (server/import: Plausible's CSV export): sources that hold no raw
-- events, only daily sums per dimension value. Reports add them to the native rollups where
-- the question can be answered from them (server/query/importedreader).
--
-- One row per (site, local day, dimension, value), in the same six sums as rollup_daily:
-- dim is core/event.h Dimension (0 = the site's totals, value ''), value the dimension's text
-- as the reports show it ("/blog", "DE", "Mobile"). Entrances (entry pages) and exits (exit
-- pages) are the visits that began or ended there, so they are kept as `visits`, as the
-- native rollups keep them. Visitors are the day's unique visitors, summed over days as
-- native visitors are (a visitor id lives one day).
--
-- A row belongs to the import that wrote its day (import_days): `import undo` and a
-- re-import remove the day's rows with the rest of what the import wrote.
CREATE TABLE imported_daily (
    site_id    INTEGER NOT NULL,
    dim        INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    value      TEXT NOT NULL,
    import_id  INTEGER NOT NULL,
    visitors   INTEGER NOT NULL DEFAULT 0,
    visits     INTEGER NOT NULL DEFAULT 0,
    pageviews  INTEGER NOT NULL DEFAULT 0,
    events     INTEGER NOT NULL DEFAULT 0,
    bounces    INTEGER NOT NULL DEFAULT 0,
    duration   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, dim, day, value)
) WITHOUT ROWID;
-- Undo and replace remove a day at a time; "is there imported data in this period" looks
-- up a site's days.
CREATE INDEX imported_daily_day ON imported_daily(site_id, day);
