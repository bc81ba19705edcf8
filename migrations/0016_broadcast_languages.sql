-- A broadcast can be given in Bokmål and also in Nynorsk and English; each
-- delivery records the version it carries (NULL for every other message),
-- so the figures can be told per language.
ALTER TABLE outbox ADD COLUMN language TEXT CHECK (language IN ('nb', 'nn', 'en'));
