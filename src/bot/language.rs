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
    let languages = Lang::ALL
        .map(|lang| keyboards::button(tr.in_lang(lang).t("language-name"), Action::SetLanguage(lang)));
    let buttons = keyboards::column(languages.into_iter().chain([keyboards::easy_read_toggle(tr)]));
    bot.send_text(chat, tr.t("language-choose")).reply_markup(buttons).await?;
    Ok(())
}

/// Easy read on or off: stored like the language, confirmed in the new
/// reading on the same message, then the greeting and menu in it.
pub async fn set_easy_read(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    user_id: i64,
    tr: &Tr,
    app: &AppState,
    easy: bool,
) -> HandlerResult {
    app.store.set_easy_read(user_id, easy).await?;
    let tr = tr.reading(easy);
    let key = if easy { "easy-read-on-done" } else { "easy-read-off-done" };
    bot.edit_text(chat, message, tr.t(key)).await?;
    bot.send_text(chat, tr.t("start-greeting")).reply_markup(keyboards::main_menu(&tr)).await?;
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
