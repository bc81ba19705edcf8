//! Background workers.

pub mod dialogue_expiry;
pub mod mentoring;
pub mod outbox;
pub mod reminders;
