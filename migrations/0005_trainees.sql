-- Trainees, mentors and coordinators who joined with an invitation, their
-- cohorts (kull), and the gatherings they are invited to.

CREATE TABLE cohorts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    programme  TEXT NOT NULL,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (programme, name)
);

-- One role per person. first_name is Telegram's first name when they joined:
-- the only personal detail shown to others (a trainee's mentor, attendance).
CREATE TABLE members (
    user_id        INTEGER PRIMARY KEY NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('trainee', 'mentor', 'coordinator')),
    programme      TEXT NOT NULL,
    cohort_id      INTEGER REFERENCES cohorts (id),
    first_name     TEXT NOT NULL,
    -- The language messages the person did not ask for (reminders, notices)
    -- are written in when they have not chosen one with /language.
    language       TEXT NOT NULL CHECK (language IN ('nb', 'nn', 'en')),
    mentor_id      INTEGER REFERENCES members (user_id) ON DELETE SET NULL,
    -- Which reminder leads the person wants, as bits (see domain::gatherings::Lead);
    -- 0 means no reminders. The default, 5, is 7 days and 1 day before.
    reminder_leads INTEGER NOT NULL DEFAULT 5,
    joined_at      TEXT NOT NULL
);

CREATE INDEX members_cohort ON members (cohort_id, role);
CREATE INDEX members_programme ON members (programme, role);
CREATE INDEX members_mentor ON members (mentor_id);

-- Single-use invitation codes. used_by is set when a code is redeemed.
CREATE TABLE invitations (
    code       TEXT PRIMARY KEY NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('trainee', 'mentor', 'coordinator')),
    programme  TEXT NOT NULL,
    cohort_id  INTEGER REFERENCES cohorts (id),
    expires_at TEXT NOT NULL,
    -- The coordinator who made it (NULL: made with the CLI).
    created_by INTEGER,
    created_at TEXT NOT NULL,
    used_by    INTEGER,
    used_at    TEXT
);

-- A gathering for a cohort, for the mentors of a programme, or for a whole
-- programme. starts_at is a UTC instant; it was entered in Europe/Oslo time.
CREATE TABLE gatherings (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    audience         TEXT NOT NULL CHECK (audience IN ('cohort', 'mentors', 'programme')),
    programme        TEXT NOT NULL,
    cohort_id        INTEGER REFERENCES cohorts (id),
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    place            TEXT NOT NULL,
    topic            TEXT NOT NULL,
    agenda           TEXT NOT NULL DEFAULT '',
    -- Gatherings created together as a monthly series share this number.
    series           INTEGER,
    -- Counts changes, so that each change is announced once.
    revision         INTEGER NOT NULL DEFAULT 0,
    cancelled        INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK ((audience = 'cohort') = (cohort_id IS NOT NULL))
);

CREATE INDEX gatherings_cohort ON gatherings (cohort_id, starts_at);
CREATE INDEX gatherings_programme ON gatherings (programme, audience, starts_at);

-- When each reminder lead of a gathering falls due (already moved out of the
-- quiet hours). The scheduler takes rows with done = 0 in due order and
-- queues one outbox message per invited person; the outbox's dedupe key
-- (reminder:<gathering>:<person>:<lead>) makes it exactly once.
CREATE TABLE gathering_reminders (
    gathering_id INTEGER NOT NULL REFERENCES gatherings (id) ON DELETE CASCADE,
    lead         INTEGER NOT NULL,
    due_at       TEXT NOT NULL,
    done         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (gathering_id, lead)
);

CREATE INDEX gathering_reminders_due ON gathering_reminders (done, due_at);

-- Who answered coming or not coming.
CREATE TABLE rsvps (
    gathering_id INTEGER NOT NULL REFERENCES gatherings (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    coming       INTEGER NOT NULL CHECK (coming IN (0, 1)),
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (gathering_id, user_id)
);

CREATE INDEX rsvps_user ON rsvps (user_id);
