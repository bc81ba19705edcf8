-- Saved position filters: the person is told when new matching positions
-- are imported. NULL means "any".
CREATE TABLE alerts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL,
    -- The language the alert messages are written in.
    language   TEXT NOT NULL CHECK (language IN ('nb', 'nn', 'en')),
    programme  TEXT,
    employment TEXT,
    extent     TEXT CHECK (extent IN ('full', 'part')),
    employer   TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX alerts_user ON alerts (user_id);
