-- Alerts (core/alertrule.h): the rules added from the CLI or the API (the config file's
-- stay in the file), and every rule's state, so a restart neither repeats a message nor
-- forgets a cool-down.
CREATE TABLE alerts (
    id                INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: alert_state is keyed by it
    site_id           INTEGER NOT NULL,
    kind              TEXT NOT NULL,              -- spike | drop | goal
    threshold         INTEGER NOT NULL DEFAULT 0, -- spike: visitors; drop: hours
    goal              TEXT NOT NULL DEFAULT '',
    digest            INTEGER NOT NULL DEFAULT 0,
    cooldown_minutes  INTEGER NOT NULL,
    email             TEXT NOT NULL DEFAULT '',   -- addresses, comma-separated
    webhook           TEXT NOT NULL DEFAULT '',
    webhook_format    TEXT NOT NULL DEFAULT 'slack',
    created_at        INTEGER NOT NULL
);

-- state_key: "id:N" for the rows above, "config:<hash>" for the config file's rules.
CREATE TABLE alert_state (
    state_key       TEXT PRIMARY KEY,
    last_fired      INTEGER NOT NULL DEFAULT 0, -- Unix seconds of the last message
    cooldown_until  INTEGER NOT NULL DEFAULT 0,
    checked_until   INTEGER NOT NULL DEFAULT 0, -- goal rules: conversions before this are told
    firing          INTEGER NOT NULL DEFAULT 0  -- drop rules: the incident is open
) WITHOUT ROWID;

CREATE TRIGGER sites_delete_alerts AFTER DELETE ON sites
BEGIN
    DELETE FROM alert_state WHERE state_key IN
        (SELECT 'id:' || id FROM alerts WHERE site_id = OLD.id);
    DELETE FROM alerts WHERE site_id = OLD.id;
END;
