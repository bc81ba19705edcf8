//! Background workers.

pub mod broadcasts;
pub mod dialogue_expiry;
pub mod feed;
pub mod mentoring;
pub mod outbox;
pub mod reminders;
pub mod retention;
