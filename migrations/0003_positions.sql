-- Positions reserved through the programmes, imported by coordinators.
CREATE TABLE positions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    external_id    TEXT NOT NULL UNIQUE,
    programme      TEXT NOT NULL,
    title          TEXT NOT NULL,
    employer       TEXT NOT NULL,
    place          TEXT NOT NULL,
    extent_percent INTEGER NOT NULL CHECK (extent_percent BETWEEN 1 AND 100),
    employment     TEXT NOT NULL CHECK (employment IN ('permanent', 'temporary', 'substitute')),
    -- The last day to apply, YYYY-MM-DD in Europe/Oslo.
    deadline       TEXT NOT NULL,
    url            TEXT NOT NULL,
    description    TEXT NOT NULL,
    closed         INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- Open positions, soonest deadline first.
CREATE INDEX positions_open ON positions (closed, deadline, id);

-- Filters by programme or employer use these instead of scanning every open position.
CREATE INDEX positions_programme ON positions (programme, closed, deadline);
CREATE INDEX positions_employer ON positions (employer, closed, deadline);
