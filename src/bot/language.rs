//! /language: choosing nb, nn or en. The choice is stored and wins over
//! Telegram's hint from then on.

use teloxide::prelude::*;
use teloxide::types::MessageId;

use super::{commands, AppState, HandlerResult};
use crate::domain::Lang;
use crate::i18n::Tr;
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// The language buttons, each labelled in its own language.
pub async fn offer(bot: &Bot, chat: ChatId, tr: &Tr) -> HandlerResult {
    let buttons = Lang::ALL
        .map(|lang| keyboards::button(tr.in_lang(lang).t("language-name"), Action::SetLanguage(lang)));
    bot.send_text(chat, tr.t("language-choose")).reply_markup(keyboards::column(buttons)).await?;
    Ok(())
}

/// Stores the choice and confirms in the new language on the same message.
pub async fn set(
    bot: &Bot,
    chat: ChatId,
    message: MessageId,
    user_id: i64,
    tr: &Tr,
    app: &AppState,
    lang: Lang,
) -> HandlerResult {
    app.store.set_language(user_id, lang).await?;
    let tr = tr.in_lang(lang);
    bot.edit_text(chat, message, tr.t("language-chosen")).await?;
    if let Err(error) = commands::register_for_chat(bot, chat, &tr, app.standing(user_id).await?).await {
        tracing::warn!(%error, "could not set the chat's command menu");
    }
    bot.send_text(chat, tr.t("start-greeting")).reply_markup(keyboards::main_menu(&tr)).await?;
    Ok(())
}
