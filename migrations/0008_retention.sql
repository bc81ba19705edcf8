-- When the person last used the bot (updated at most once a day), so that
-- inactive applicants can be deleted after APPLICANT_RETENTION_DAYS.
ALTER TABLE users ADD COLUMN last_seen_at TEXT;

-- The silence (members.pair_active_at) a trainee and their mentor were last
-- nudged for: one nudge per silent spell, even after the outbox row that
-- carried it is purged.
ALTER TABLE members ADD COLUMN nudged_for TEXT;
