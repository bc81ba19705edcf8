//! Background workers.

pub mod dialogue_expiry;
pub mod outbox;
