-- Where the reader of NAV's job feed is, so that a restart resumes there.
--
-- One row. page_id is the page being read (empty: not started);
-- items_done how many of its items are applied; etag and last_modified are
-- the last page's, for a conditional request. error is the category of the
-- last failed pass (token, unavailable, malformed, network), cleared by a
-- pass that reaches the end. The counts add up over all passes.
CREATE TABLE feed_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    page_id       TEXT,
    items_done    INTEGER NOT NULL DEFAULT 0,
    etag          TEXT,
    last_modified TEXT,
    synced_at     TEXT,
    error         TEXT CHECK (error IN ('token', 'unavailable', 'malformed', 'network')),
    error_at      TEXT,
    ads_read      INTEGER NOT NULL DEFAULT 0,
    refused       INTEGER NOT NULL DEFAULT 0,
    added         INTEGER NOT NULL DEFAULT 0,
    updated       INTEGER NOT NULL DEFAULT 0,
    closed        INTEGER NOT NULL DEFAULT 0
);
INSERT INTO feed_state (id) VALUES (1);
