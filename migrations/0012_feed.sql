-- Room for positions read from NAV's job feed (pam-stilling-feed) next to imported ones.
--
-- An ad says "Deltid" (part time) without a percent, so extent_percent may
-- now be empty: part time, the percent not given. SQLite cannot change a
-- CHECK constraint in place; the table is copied.
CREATE TABLE positions_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    external_id    TEXT NOT NULL UNIQUE,
    programme      TEXT NOT NULL,
    title          TEXT NOT NULL,
    employer       TEXT NOT NULL,
    place          TEXT NOT NULL,
    extent_percent INTEGER CHECK (extent_percent BETWEEN 1 AND 100),
    employment     TEXT NOT NULL CHECK (employment IN ('permanent', 'temporary', 'substitute')),
    deadline       TEXT NOT NULL,
    url            TEXT NOT NULL,
    description    TEXT NOT NULL,
    closed         INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    -- The day (YYYY-MM-DD) the ad last changed in NAV's feed; empty for a
    -- position a coordinator imported.
    feed_changed   TEXT
);
INSERT INTO positions_new (id, external_id, programme, title, employer, place, extent_percent,
    employment, deadline, url, description, closed, created_at, updated_at)
SELECT id, external_id, programme, title, employer, place, extent_percent,
    employment, deadline, url, description, closed, created_at, updated_at FROM positions;
DROP TABLE positions;
ALTER TABLE positions_new RENAME TO positions;
CREATE INDEX positions_open ON positions (closed, deadline, id);
CREATE INDEX positions_programme ON positions (programme, closed, deadline);
CREATE INDEX positions_employer ON positions (employer, closed, deadline);
