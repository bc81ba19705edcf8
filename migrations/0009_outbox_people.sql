-- Whom each outbox row is about besides its recipient (whose message a copy
-- is, who raised a concern, who is named in its key), recorded when the row
-- is queued, so that /forget finds every row about a person without
-- searching texts for numbers.
CREATE TABLE outbox_people (
    outbox_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL,
    PRIMARY KEY (outbox_id, user_id)
) WITHOUT ROWID;
CREATE INDEX outbox_people_by_user ON outbox_people (user_id);

-- Rows queued before this table get their people read from their keys and
-- payloads once, at the next start (Store::migrate).
ALTER TABLE outbox ADD COLUMN people_recorded INTEGER NOT NULL DEFAULT 1;
UPDATE outbox SET people_recorded = 0;
