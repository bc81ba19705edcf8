-- Messages relayed between a trainee and their mentor. Only routing data:
-- who, which direction, and the outbox rows of the header and the copy
-- (whose sent_message_id is the message in the recipient's chat). Never the
-- content. Purged after RELAY_RETENTION_DAYS.
CREATE TABLE relays (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    trainee_id       INTEGER NOT NULL,
    mentor_id        INTEGER NOT NULL,
    to_mentor        INTEGER NOT NULL CHECK (to_mentor IN (0, 1)),
    header_outbox_id INTEGER NOT NULL,
    copy_outbox_id   INTEGER NOT NULL,
    created_at       TEXT NOT NULL
);

CREATE INDEX relays_pair ON relays (trainee_id, mentor_id, created_at);
CREATE INDEX relays_created ON relays (created_at);
CREATE INDEX relays_copy ON relays (copy_outbox_id);
CREATE INDEX relays_header ON relays (header_outbox_id);

-- A reply is routed by the message it answers: (chat, message id) -> outbox row.
CREATE INDEX outbox_sent_message ON outbox (chat_id, sent_message_id);

-- When the trainee and their current mentor last wrote to each other (or
-- were linked): the start of the silence before a nudge. Kept on the member,
-- so that purging old routing records does not restart the silence.
ALTER TABLE members ADD COLUMN pair_active_at TEXT;
