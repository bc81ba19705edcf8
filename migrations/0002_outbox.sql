-- Everything sent that is not the direct answer to a person's action is a row
-- here first, so that a crash or a Telegram failure loses nothing.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id         INTEGER NOT NULL,
    -- What to send (JSON, see domain::outbox::Payload). A copy holds only ids.
    payload         TEXT NOT NULL,
    -- Enqueue-once key (e.g. one reminder per gathering, person and lead).
    dedupe_key      TEXT UNIQUE,
    due_at          TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'unreachable')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    -- The kind of the last error, never message text.
    last_error      TEXT,
    sent_message_id INTEGER,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE INDEX outbox_due ON outbox (status, due_at, id);
