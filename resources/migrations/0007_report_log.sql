-- Which scheduled e-mail reports went out: one row per schedule (its key names the site,
-- the cadence and the recipients) and period, so a restart neither sends a report twice
-- nor forgets one that is due.
CREATE TABLE report_log (
    schedule_key  TEXT NOT NULL,
    period_start  INTEGER NOT NULL, -- the period's first local day (Julian day number)
    sent_at       INTEGER NOT NULL, -- Unix seconds
    PRIMARY KEY (schedule_key, period_start)
) WITHOUT ROWID;
