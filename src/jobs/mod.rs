//! Background workers.

pub mod dialogue_expiry;
