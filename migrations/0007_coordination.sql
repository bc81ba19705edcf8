-- Coordinators' work: the audit log, broadcasts, questions handed over to a
-- human, and people who cannot be reached.

-- Who did what, and when. actor is NULL for the command line; subject_user
-- is the person the action was about, if any (set to NULL when they are
-- forgotten, so the action stays but not their identity).
CREATE TABLE audit (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    actor        INTEGER,
    action       TEXT NOT NULL,
    detail       TEXT NOT NULL,
    subject_user INTEGER,
    at           TEXT NOT NULL
);

CREATE INDEX audit_at ON audit (at);

-- An announcement to an audience. Text broadcasts keep their text (it is the
-- programme's announcement); photos and documents are copied from the
-- coordinator's chat (source_chat, source_message). Deliveries are outbox
-- rows with broadcast_id set.
CREATE TABLE broadcasts (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    created_by     INTEGER,
    audience       TEXT NOT NULL,
    recipients     INTEGER NOT NULL,
    scheduled_at   TEXT NOT NULL,
    urgent         INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'sending' CHECK (status IN ('sending', 'done', 'cancelled')),
    cancelled      INTEGER NOT NULL DEFAULT 0,
    -- The coordinator's message that shows progress (edited as it goes).
    status_chat    INTEGER,
    status_message INTEGER,
    -- The language of the status message.
    status_language TEXT CHECK (status_language IN ('nb', 'nn', 'en')),
    -- What the status message last said, so it is only edited on change.
    last_progress  TEXT,
    created_at     TEXT NOT NULL,
    finished_at    TEXT
);

CREATE INDEX broadcasts_status ON broadcasts (status);

ALTER TABLE outbox ADD COLUMN broadcast_id INTEGER;
CREATE INDEX outbox_broadcast ON outbox (broadcast_id, status);

-- Set when Telegram said the person blocked the bot (403, or a my_chat_member
-- update); cleared when they unblock it. Broadcasts skip them.
ALTER TABLE users ADD COLUMN unreachable_at TEXT;

-- A question handed over to the coordinators with /ask. The question itself
-- is copied (only ids stored); answered_at is set by the first answer.
CREATE TABLE questions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    asker       INTEGER NOT NULL,
    language    TEXT NOT NULL CHECK (language IN ('nb', 'nn', 'en')),
    programme   TEXT,
    asked_at    TEXT NOT NULL,
    answered_at TEXT,
    answered_by INTEGER
);

CREATE INDEX questions_open ON questions (answered_at, asked_at);
CREATE INDEX questions_asker ON questions (asker);

-- The outbox rows (header and copy, per coordinator) that delivered a
-- question: a coordinator's reply to one of them is the answer.
CREATE TABLE question_deliveries (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    outbox_id   INTEGER NOT NULL,
    PRIMARY KEY (question_id, outbox_id)
);

CREATE INDEX question_deliveries_outbox ON question_deliveries (outbox_id);
