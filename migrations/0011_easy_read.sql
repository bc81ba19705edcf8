-- Whether the person chose easy read (lettlest): short sentences, common
-- words, one thing at a time. Stored like the language choice.
ALTER TABLE users ADD COLUMN easy_read INTEGER NOT NULL DEFAULT 0;
