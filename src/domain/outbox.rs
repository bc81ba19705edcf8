//! What the outbox delivers, and how long to wait before trying again.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// A message waiting in the outbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Payload {
    /// A text the bot writes, with buttons under it if any.
    Text {
        text: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        buttons: Vec<Vec<Button>>,
    },
    /// A copy of someone's message (copyMessage): only ids are stored.
    Copy {
        from_chat_id: i64,
        message_id: i32,
        /// Told when the copy cannot be delivered (blocked, failed for good).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        if_undeliverable: Vec<Notice>,
    },
}

impl Payload {
    /// A text without buttons.
    pub fn text(text: impl Into<String>) -> Payload {
        Payload::Text { text: text.into(), buttons: Vec::new() }
    }
}

/// A text for one chat, queued when something else could not be delivered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub chat_id: i64,
    pub text: String,
}

/// An inline button: its label and its callback data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    pub data: String,
}

/// How often a transient failure (5xx, network) is tried before the row is
/// given up as failed.
pub const MAX_ATTEMPTS: u32 = 8;

/// The wait after the `attempts`-th transient failure: 2, 4, 8 ... seconds,
/// at most five minutes.
pub fn backoff(attempts: u32) -> Duration {
    let seconds = 2u64.saturating_pow(attempts.clamp(1, 16));
    Duration::from_secs(seconds.min(300))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_five_minutes() {
        assert_eq!(backoff(1), Duration::from_secs(2));
        assert_eq!(backoff(2), Duration::from_secs(4));
        assert_eq!(backoff(5), Duration::from_secs(32));
        assert_eq!(backoff(9), Duration::from_secs(300));
        assert_eq!(backoff(u32::MAX), Duration::from_secs(300));
    }

    #[test]
    fn texts_without_buttons_are_stored_as_before() {
        let json = serde_json::to_string(&Payload::text("Hei")).unwrap();
        assert_eq!(json, r#"{"kind":"text","text":"Hei"}"#);
        assert_eq!(serde_json::from_str::<Payload>(&json).unwrap(), Payload::text("Hei"));
    }

    #[test]
    fn payloads_are_stored_as_tagged_json() {
        let copy = Payload::Copy { from_chat_id: 5, message_id: 7, if_undeliverable: Vec::new() };
        let json = serde_json::to_string(&copy).unwrap();
        assert_eq!(json, r#"{"kind":"copy","from_chat_id":5,"message_id":7}"#);
        assert_eq!(serde_json::from_str::<Payload>(&json).unwrap(), copy);
    }
}
