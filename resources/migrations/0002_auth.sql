-- RayCstr schema, version 2: access control.
-- Secrets are never stored: API keys, dashboard sessions and share links keep a BLAKE2b
-- hash of their random secret (they are 256-bit random, so a fast hash is enough); the
-- admin password keeps an Argon2id string (salt and cost inside). Failed logins are
-- counted in memory only, so no client address ever reaches this file.

-- API keys (session = 0) and dashboard login sessions (session = 1, with expires_at).
-- site_id NULL: every site. admin = 0: read-only.
CREATE TABLE api_keys (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    label         TEXT NOT NULL DEFAULT '',
    key_hash      BLOB NOT NULL UNIQUE,
    site_id       INTEGER,
    admin         INTEGER NOT NULL DEFAULT 0,
    session       INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER,
    expires_at    INTEGER,
    revoked_at    INTEGER
);

-- Read-only public links to one site's dashboard (…?auth=<secret>).
CREATE TABLE share_links (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id      INTEGER NOT NULL,
    label        TEXT NOT NULL DEFAULT '',
    secret_hash  BLOB NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    revoked_at   INTEGER
);

-- The dashboard's admin account (one row, name 'admin', for now).
CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    password_hash  TEXT NOT NULL,  -- crypto_pwhash_str (Argon2id)
    updated_at     INTEGER NOT NULL
);

-- Site ids can be reused once the highest one is deleted (INTEGER PRIMARY KEY without
-- AUTOINCREMENT): a key or link for a removed site must not open a later site that gets
-- the same id, so they go with their site.
CREATE TRIGGER sites_delete_auth AFTER DELETE ON sites
BEGIN
    DELETE FROM api_keys WHERE site_id = OLD.id;
    DELETE FROM share_links WHERE site_id = OLD.id;
END;
