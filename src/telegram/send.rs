//! Sending text without reading back the whole message.
//!
//! Telegram answers sendMessage and editMessageText with the complete
//! message, and teloxide parses all of it (text, entities, keyboard) into a
//! `Message`: about a tenth of the bot's CPU time per update in the
//! throughput bench. The handlers only need to know that it worked, or the
//! message's id, so
//! [`SendText::send_text`] and [`SendText::edit_text`] read just that. They
//! take teloxide's usual setters (`.reply_markup(...)` and so on).

use std::future::IntoFuture;

use serde::Serialize;
use teloxide::payloads::{EditMessageText, SendMessage};
use teloxide::prelude::*;
use teloxide::requests::{HasPayload, JsonRequest, Payload};
use teloxide::types::MessageId;
use teloxide::RequestError;

/// A payload whose answer is read only for the message id.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Brief<P>(P);

impl<P: Payload> Payload for Brief<P> {
    /// teloxide reads a `MessageId` from an object's `message_id` field, so
    /// this reads the message Telegram sent back for that field alone.
    type Output = MessageId;
    const NAME: &'static str = P::NAME;
}

/// A request that is sent when awaited, and answers with the message id.
#[must_use = "requests do nothing unless awaited"]
pub struct BriefRequest<P> {
    bot: Bot,
    payload: P,
}

impl<P: Payload> HasPayload for BriefRequest<P> {
    type Payload = P;

    fn payload_mut(&mut self) -> &mut P {
        &mut self.payload
    }

    fn payload_ref(&self) -> &P {
        &self.payload
    }
}

impl<P: Payload + Serialize + 'static> IntoFuture for BriefRequest<P> {
    type Output = Result<MessageId, RequestError>;
    type IntoFuture = <JsonRequest<Brief<P>> as IntoFuture>::IntoFuture;

    fn into_future(self) -> Self::IntoFuture {
        JsonRequest::new(self.bot, Brief(self.payload)).into_future()
    }
}

/// sendMessage and editMessageText that read back only the message id.
pub trait SendText {
    /// Sends `text` to `chat`.
    fn send_text(&self, chat: ChatId, text: impl Into<String>) -> BriefRequest<SendMessage>;
    /// Replaces the text of `message` in `chat`.
    fn edit_text(
        &self,
        chat: ChatId,
        message: MessageId,
        text: impl Into<String>,
    ) -> BriefRequest<EditMessageText>;
}

impl SendText for Bot {
    fn send_text(&self, chat: ChatId, text: impl Into<String>) -> BriefRequest<SendMessage> {
        BriefRequest { bot: self.clone(), payload: SendMessage::new(chat, text) }
    }

    fn edit_text(
        &self,
        chat: ChatId,
        message: MessageId,
        text: impl Into<String>,
    ) -> BriefRequest<EditMessageText> {
        BriefRequest { bot: self.clone(), payload: EditMessageText::new(chat, message, text) }
    }
}

#[cfg(all(test, feature = "demo"))]
mod tests {
    use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

    use super::*;
    use crate::standin::FakeBotApi;

    #[tokio::test]
    async fn sending_and_editing_answer_with_the_message_id_and_keep_the_setters() {
        let api = FakeBotApi::start().await.unwrap();
        let bot = Bot::new("1:TEST").set_api_url(api.url());
        let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("Ja", "1x")]]);
        let sent = bot.send_text(ChatId(7), "Hei").reply_markup(keyboard).await.unwrap();
        let call = api.calls().pop().unwrap();
        assert_eq!(call.method, "sendMessage");
        assert_eq!(call.params["text"], "Hei");
        assert_eq!(call.params["reply_markup"]["inline_keyboard"][0][0]["text"], "Ja");
        assert_eq!(i64::from(sent.0), call.result.unwrap()["message_id"].as_i64().unwrap());

        let edited = bot.edit_text(ChatId(7), sent, "Hallo").await.unwrap();
        assert_eq!(edited, sent);
        assert_eq!(api.message(7, sent.0.into()).unwrap()["text"], "Hallo");
    }
}
