-- When the person last used the bot (updated at most once a day), so that
-- inactive applicants can be deleted after APPLICANT_RETENTION_DAYS.
ALTER TABLE users ADD COLUMN last_seen_at TEXT;
