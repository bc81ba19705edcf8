//! Everything that speaks Telegram and is not a handler: sending without
//! reading back the whole message, the callback-data codec, keyboards,
//! delivery of outbox rows with the classification of Bot API errors, the
//! dialogue `Storage` adapter, and the broadcast status message.
//! `domain/`, `store/` and `services/` never import from here or teloxide.

pub mod broadcast_status;
pub mod callback;
pub mod delivery;
pub mod dialogues;
pub mod keyboards;
pub mod send;

/// The deep link that opens the bot with `/start CODE`.
pub fn invitation_link(bot_username: &str, code: &str) -> String {
    format!("https://t.me/{bot_username}?start={code}")
}
