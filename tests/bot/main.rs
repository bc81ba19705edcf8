//! Integration tests: the real application against the Bot API stand-in,
//! each test with its own database and port.

mod support;

mod alerts;
mod architecture;
mod attendance;
mod bad_input;
mod broadcast;
mod broadcast_languages;
mod cli;
mod cli_lists;
mod concerns;
mod demo;
mod easy_journeys;
mod easy_read;
mod eligibility;
mod feed;
mod feed_cli;
mod gatherings;
mod import;
mod inbox;
mod join;
mod language;
mod locales;
mod mentoring;
mod next_steps;
mod notices;
mod organisations;
mod outbox;
mod positions;
mod privacy;
mod programmes;
mod reminders;
mod report;
mod start;
mod stored_rows;
mod wording;
