-- A concern raised with /flag, so that it waits in /inbox until a
-- coordinator answers it. The text is kept only as long as the outbox keeps
-- the coordinators' copies of it (purged with them) and never after it is
-- answered; /forget deletes the row. message_id is the raiser's confirming
-- message, as in the outbox's concern keys.
CREATE TABLE concerns (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    raised_by    INTEGER NOT NULL,
    message_id   INTEGER NOT NULL,
    organisation TEXT,
    text         TEXT,
    raised_at    TEXT NOT NULL,
    answered_at  TEXT,
    answered_by  INTEGER,
    UNIQUE (raised_by, message_id)
);
CREATE INDEX concerns_open ON concerns (organisation, answered_at);
