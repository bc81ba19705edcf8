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

impl Payload {
    /// The people a payload holds data of, besides its recipient: whose
    /// message a copy is of, and who is told if it cannot be delivered.
    pub fn people(&self) -> Vec<i64> {
        match self {
            Payload::Text { .. } => Vec::new(),
            Payload::Copy { from_chat_id, if_undeliverable, .. } => {
                std::iter::once(*from_chat_id).chain(if_undeliverable.iter().map(|n| n.chat_id)).collect()
            }
        }
    }
}

/// An inline button of a queued message: its label and what pressing it
/// asks for. The Telegram side turns the press into callback data when it
/// sends the row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    pub data: ButtonData,
}

/// What a queued button does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ButtonData {
    Press(Press),
    /// Callback data encoded when the row was queued (rows queued by
    /// releases before buttons were typed).
    Encoded(String),
}

/// The presses a queued message can offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "press", rename_all = "snake_case")]
pub enum Press {
    /// Coming (`true`) or not coming to a gathering.
    Rsvp { gathering: i64, coming: bool },
    /// The gathering's calendar file.
    Calendar { gathering: i64 },
    /// The main menu (the next step after a notice).
    Menu,
    /// A mentor starts writing to this trainee.
    WriteTo { trainee: i64 },
}

impl Button {
    /// A button labelled `label` that asks for `press`.
    pub fn new(label: String, press: Press) -> Button {
        Button { label, data: ButtonData::Press(press) }
    }
}

/// Which half of a relayed message a row is: the header naming the sender,
/// or the copy itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Header,
    Copy,
}

impl Part {
    fn code(self) -> &'static str {
        match self {
            Part::Header => "header",
            Part::Copy => "copy",
        }
    }

    fn parse(text: &str) -> Option<Part> {
        match text {
            "header" => Some(Part::Header),
            "copy" => Some(Part::Copy),
            _ => None,
        }
    }
}

/// The enqueue-once key of an outbox row. It also says whom the row is
/// about besides its recipient, so that erasing a person finds every row
/// that concerns them without searching texts for numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DedupeKey {
    /// A gathering's reminder to one person, for one lead (its code).
    Reminder { gathering: i64, person: i64, lead: String },
    /// A change or cancel notice of one revision of a gathering.
    Notice { gathering: i64, revision: i64, person: i64 },
    /// The alert message of one import to one person.
    Alert { batch: i64, person: i64 },
    /// One recipient's row of a broadcast.
    Broadcast { broadcast: i64, recipient: i64 },
    /// Telling `person` that outbox row `row` could not be delivered.
    Undeliverable { row: i64, person: i64 },
    /// A question from `asker` (their message) handed to a coordinator.
    Question { asker: i64, message: i32, coordinator: i64, part: Part },
    /// A coordinator's answer (their message) to a question.
    Answer { coordinator: i64, message: i32, part: Part },
    /// A trainee's or mentor's message relayed to the other.
    Relay { sender: i64, message: i32, part: Part },
    /// A concern raised by `raised_by` (the confirming message) sent to a
    /// coordinator.
    Concern { raised_by: i64, message: i32, coordinator: i64 },
    /// One nudge to `to` about a silent trainee-mentor pair.
    Nudge { trainee: i64, mentor: i64, since: String, to: i64 },
    /// Telling `to` of a change of `about`'s membership (`event`: joined,
    /// linked, unlinked) at `at` (milliseconds): the row names `about`.
    Membership { event: String, about: i64, to: i64, at: i64 },
}

impl DedupeKey {
    /// The key as stored (the format rows queued before have too).
    pub fn text(&self) -> String {
        match self {
            DedupeKey::Reminder { gathering, person, lead } => {
                format!("reminder:{gathering}:{person}:{lead}")
            }
            DedupeKey::Notice { gathering, revision, person } => {
                format!("notice:{gathering}:{revision}:{person}")
            }
            DedupeKey::Alert { batch, person } => format!("alert:{batch}:{person}"),
            DedupeKey::Broadcast { broadcast, recipient } => format!("broadcast:{broadcast}:{recipient}"),
            DedupeKey::Undeliverable { row, person } => format!("undeliverable:{row}:{person}"),
            DedupeKey::Question { asker, message, coordinator, part } => {
                format!("question:{asker}:{message}:{coordinator}:{}", part.code())
            }
            DedupeKey::Answer { coordinator, message, part } => {
                format!("answer:{coordinator}:{message}:{}", part.code())
            }
            DedupeKey::Relay { sender, message, part } => format!("relay:{sender}:{message}:{}", part.code()),
            DedupeKey::Concern { raised_by, message, coordinator } => {
                format!("concern:{raised_by}:{message}:{coordinator}")
            }
            DedupeKey::Nudge { trainee, mentor, since, to } => {
                format!("nudge:{trainee}:{mentor}:{since}:{to}")
            }
            DedupeKey::Membership { event, about, to, at } => format!("member:{event}:{about}:{to}:{at}"),
        }
    }

    /// Reads a stored key; `None` for text that is not one.
    pub fn parse(text: &str) -> Option<DedupeKey> {
        let parts: Vec<&str> = text.split(':').collect();
        let id = |i: usize| parts.get(i)?.parse::<i64>().ok();
        let message = |i: usize| parts.get(i)?.parse::<i32>().ok();
        let part = |i: usize| Part::parse(parts.get(i)?);
        let key = match (parts[0], parts.len()) {
            ("reminder", 4) => {
                DedupeKey::Reminder { gathering: id(1)?, person: id(2)?, lead: parts[3].to_owned() }
            }
            ("notice", 4) => DedupeKey::Notice { gathering: id(1)?, revision: id(2)?, person: id(3)? },
            ("alert", 3) => DedupeKey::Alert { batch: id(1)?, person: id(2)? },
            ("broadcast", 3) => DedupeKey::Broadcast { broadcast: id(1)?, recipient: id(2)? },
            ("undeliverable", 3) => DedupeKey::Undeliverable { row: id(1)?, person: id(2)? },
            ("question", 5) => DedupeKey::Question {
                asker: id(1)?,
                message: message(2)?,
                coordinator: id(3)?,
                part: part(4)?,
            },
            ("answer", 4) => DedupeKey::Answer { coordinator: id(1)?, message: message(2)?, part: part(3)? },
            ("relay", 4) => DedupeKey::Relay { sender: id(1)?, message: message(2)?, part: part(3)? },
            ("concern", 4) => {
                DedupeKey::Concern { raised_by: id(1)?, message: message(2)?, coordinator: id(3)? }
            }
            // The silence's start is a stored instant, which has colons of its own.
            ("nudge", n) if n >= 5 => DedupeKey::Nudge {
                trainee: id(1)?,
                mentor: id(2)?,
                since: parts[3..n - 1].join(":"),
                to: id(n - 1)?,
            },
            ("member", 5) => {
                DedupeKey::Membership { event: parts[1].to_owned(), about: id(2)?, to: id(3)?, at: id(4)? }
            }
            _ => return None,
        };
        Some(key)
    }

    /// The people the row is about (the recipient may be among them).
    pub fn people(&self) -> Vec<i64> {
        match self {
            DedupeKey::Reminder { person, .. }
            | DedupeKey::Notice { person, .. }
            | DedupeKey::Alert { person, .. }
            | DedupeKey::Undeliverable { person, .. } => vec![*person],
            DedupeKey::Broadcast { recipient, .. } => vec![*recipient],
            DedupeKey::Question { asker, coordinator, .. } => vec![*asker, *coordinator],
            DedupeKey::Answer { coordinator, .. } => vec![*coordinator],
            DedupeKey::Relay { sender, .. } => vec![*sender],
            DedupeKey::Concern { raised_by, coordinator, .. } => vec![*raised_by, *coordinator],
            DedupeKey::Nudge { trainee, mentor, to, .. } => vec![*trainee, *mentor, *to],
            DedupeKey::Membership { about, to, .. } => vec![*about, *to],
        }
    }
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
    fn every_key_reads_back_as_itself_and_names_its_people() {
        let keys = [
            DedupeKey::Reminder { gathering: 3, person: 41, lead: "1d".into() },
            DedupeKey::Notice { gathering: 3, revision: 2, person: 41 },
            DedupeKey::Alert { batch: 99, person: 41 },
            DedupeKey::Broadcast { broadcast: 5, recipient: 41 },
            DedupeKey::Undeliverable { row: 7, person: 41 },
            DedupeKey::Question { asker: 41, message: 12, coordinator: 8, part: Part::Copy },
            DedupeKey::Answer { coordinator: 41, message: 12, part: Part::Header },
            DedupeKey::Relay { sender: 41, message: 12, part: Part::Header },
            DedupeKey::Concern { raised_by: 41, message: 12, coordinator: 8 },
            DedupeKey::Nudge { trainee: 41, mentor: 9, since: "2026-12-01T08:00:00.000Z".into(), to: 9 },
            DedupeKey::Membership { event: "linked".into(), about: 41, to: 9, at: 1_796_417_502_010 },
        ];
        for key in keys {
            assert_eq!(DedupeKey::parse(&key.text()), Some(key.clone()), "{}", key.text());
            assert!(key.people().contains(&41), "{key:?}");
        }
        // A message id that happens to equal someone's id does not name them.
        let relay = DedupeKey::Relay { sender: 5, message: 41, part: Part::Copy };
        assert_eq!(relay.people(), vec![5]);
        assert_eq!(DedupeKey::parse("relay:5:x:copy"), None);
        assert_eq!(DedupeKey::parse("something else"), None);
    }

    #[test]
    fn buttons_are_stored_as_presses_and_old_encoded_ones_still_read() {
        let button = Button::new("Kommer".into(), Press::Rsvp { gathering: 3, coming: true });
        let json = serde_json::to_string(&button).unwrap();
        assert_eq!(json, r#"{"label":"Kommer","data":{"press":"rsvp","gathering":3,"coming":true}}"#);
        assert_eq!(serde_json::from_str::<Button>(&json).unwrap(), button);
        let old: Button = serde_json::from_str(r#"{"label":"Kommer","data":"1r3y"}"#).unwrap();
        assert_eq!(old.data, ButtonData::Encoded("1r3y".into()));
    }

    #[test]
    fn payloads_are_stored_as_tagged_json() {
        let copy = Payload::Copy { from_chat_id: 5, message_id: 7, if_undeliverable: Vec::new() };
        let json = serde_json::to_string(&copy).unwrap();
        assert_eq!(json, r#"{"kind":"copy","from_chat_id":5,"message_id":7}"#);
        assert_eq!(serde_json::from_str::<Payload>(&json).unwrap(), copy);
    }
}
