-- Site aliases: other trackers name a site by an id of their own (Umami's website UUID, the
-- host a GoatCounter script posts to). An alias maps such a name to one of our sites, so
-- their unmodified scripts can point at RayCstr. Deleted with the site (SiteRepository).
CREATE TABLE site_aliases (
    alias       TEXT PRIMARY KEY COLLATE NOCASE,
    site_id     INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX site_aliases_by_site ON site_aliases (site_id);
