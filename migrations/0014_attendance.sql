-- Who actually came to a gathering, as the coordinator marked it after it
-- began (an answer in rsvps is only what someone said beforehand). Deleted
-- with the person by /forget, and with the gathering.
CREATE TABLE attendance (
    gathering_id INTEGER NOT NULL REFERENCES gatherings (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    came         INTEGER NOT NULL CHECK (came IN (0, 1)),
    marked_at    TEXT NOT NULL,
    PRIMARY KEY (gathering_id, user_id)
) WITHOUT ROWID;
CREATE INDEX attendance_by_user ON attendance (user_id);
