-- Web Vitals histograms per site, metric, page and local day (core/vitals.h buckets), so
-- P75/P95 per route over months read a few thousand rows. page = 0 holds the whole site.
-- Kept forever like the other rollups.
CREATE TABLE rollup_vitals (
    site_id  INTEGER NOT NULL,
    metric   INTEGER NOT NULL,  -- strings.id of LCP|CLS|INP|TTFB|FCP
    page     INTEGER NOT NULL,  -- strings.id of the path; 0 = all pages
    day      INTEGER NOT NULL,
    bucket   INTEGER NOT NULL,
    count    INTEGER NOT NULL,
    PRIMARY KEY (site_id, metric, page, day, bucket)
) WITHOUT ROWID;
