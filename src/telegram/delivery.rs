//! One Bot API call for an outbox row, and what Telegram's answer means.
//!
//! teloxide parses Telegram's error answers by their description and drops
//! the `error_code`; a description it does not know arrives as
//! `ApiError::Unknown(description)`. Telegram starts every description with
//! the HTTP status it answered with ("Forbidden: ...", "Bad Request: ...",
//! "Unauthorized: ..."), so an unknown one is classified by that status.

use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};
use teloxide::{ApiError, RequestError};

use super::callback::Action;
use super::send::SendText;
use crate::domain::outbox::{Button, ButtonData, Payload, Press};

/// What a failed send means for its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// 429: wait this long, then try again (not the row's fault).
    TooManyRequests(Duration),
    /// A network error, a timeout or a server error (5xx): try again later.
    Transient(&'static str),
    /// The person blocked the bot, never started it, or is gone (403 and
    /// its kin): do not try them again.
    Unreachable,
    /// Telegram refused the request itself (400 and the like): giving up.
    Refused,
}

/// Sends `payload` to `chat_id`. `paid`: Telegram's paid broadcast mode.
pub async fn send(bot: &Bot, chat_id: i64, payload: &Payload, paid: bool) -> Result<MessageId, RequestError> {
    let chat = ChatId(chat_id);
    match payload {
        Payload::Text { text, buttons } => {
            let mut request = bot.send_text(chat, text);
            if !buttons.is_empty() {
                request = request.reply_markup(markup(buttons));
            }
            if paid {
                request = request.allow_paid_broadcast(true);
            }
            request.await
        }
        Payload::Copy { from_chat_id, message_id, .. } => {
            let mut request = bot.copy_message(chat, ChatId(*from_chat_id), MessageId(*message_id));
            if paid {
                request = request.allow_paid_broadcast(true);
            }
            request.await
        }
    }
}

/// Queued buttons as a Telegram keyboard.
pub fn markup(rows: &[Vec<Button>]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.iter().map(|row| {
        row.iter()
            .map(|button| InlineKeyboardButton::callback(button.label.clone(), callback_data(&button.data)))
    }))
}

/// The callback data of a queued button.
fn callback_data(data: &ButtonData) -> String {
    match data {
        ButtonData::Press(Press::Rsvp { gathering, coming }) => Action::Rsvp(*gathering, *coming).encode(),
        ButtonData::Press(Press::Calendar { gathering }) => Action::Calendar(*gathering).encode(),
        ButtonData::Press(Press::Menu) => Action::Menu.encode(),
        ButtonData::Press(Press::WriteTo { trainee }) => Action::WriteTo(*trainee).encode(),
        ButtonData::Encoded(data) => data.clone(),
    }
}

/// What a failed request means, by teloxide's error variant and, for a
/// description teloxide does not know, by the HTTP status it begins with.
pub fn classify(error: &RequestError) -> Failure {
    match error {
        RequestError::RetryAfter(seconds) => Failure::TooManyRequests(seconds.duration()),
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
            Failure::Transient("network")
        }
        RequestError::MigrateToChatId(_) => Failure::Refused,
        RequestError::Api(api) => classify_api(api),
    }
}

fn classify_api(error: &ApiError) -> Failure {
    match error {
        ApiError::BotBlocked
        | ApiError::CantInitiateConversation
        | ApiError::CantTalkWithBots
        | ApiError::BotKicked
        | ApiError::BotKickedFromSupergroup
        | ApiError::BotKickedFromChannel
        | ApiError::UserDeactivated
        | ApiError::ChatNotFound
        | ApiError::UserNotFound => Failure::Unreachable,
        ApiError::Unknown(description) => {
            let status = description.split(':').next().unwrap_or_default().trim();
            match status {
                "Forbidden" => Failure::Unreachable,
                "Bad Request" | "Unauthorized" | "Not Found" | "Conflict" => Failure::Refused,
                // 5xx answers ("Internal Server Error", "Bad Gateway", ...)
                // and anything else unforeseen: worth another try.
                _ => Failure::Transient("server error"),
            }
        }
        _ => Failure::Refused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unknown(description: &str) -> RequestError {
        RequestError::Api(ApiError::Unknown(description.to_owned()))
    }

    #[test]
    fn a_forbidden_answer_teloxide_does_not_know_is_unreachable_not_a_server_error() {
        assert_eq!(classify(&unknown("Forbidden: bot was blocked by the chat owner")), Failure::Unreachable);
        assert_eq!(classify(&unknown("Forbidden: user is restricted")), Failure::Unreachable);
    }

    #[test]
    fn people_who_never_started_the_bot_or_removed_it_are_unreachable() {
        for error in [ApiError::CantInitiateConversation, ApiError::BotKicked, ApiError::BotBlocked] {
            assert_eq!(classify(&RequestError::Api(error)), Failure::Unreachable);
        }
    }

    #[test]
    fn server_errors_are_tried_again_and_bad_requests_are_not() {
        assert_eq!(classify(&unknown("Internal Server Error")), Failure::Transient("server error"));
        assert_eq!(classify(&unknown("Bad Gateway")), Failure::Transient("server error"));
        assert_eq!(classify(&unknown("Bad Request: message is too long")), Failure::Refused);
        assert_eq!(classify(&RequestError::Api(ApiError::MessageTextIsEmpty)), Failure::Refused);
    }
}
