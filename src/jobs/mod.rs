//! Background workers.

pub mod dialogue_expiry;
pub mod outbox;
pub mod reminders;
