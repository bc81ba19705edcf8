-- People who have talked to the bot. Only what the bot needs:
-- the Telegram user id and the language they chose (NULL: follow Telegram's hint).
CREATE TABLE users (
    user_id    INTEGER PRIMARY KEY NOT NULL,
    language   TEXT CHECK (language IN ('nb', 'nn', 'en')),
    created_at TEXT NOT NULL
);

-- Dialogue state of an unfinished flow, one row per chat. The row is deleted
-- when the flow ends or is cancelled (eligibility answers live only here).
CREATE TABLE dialogues (
    chat_id    INTEGER PRIMARY KEY NOT NULL,
    state      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
