//! /mydata and /forget: a person's right to see and delete what is stored.

use teloxide::prelude::*;
use teloxide::types::{InputFile, MessageId};

use super::{AppState, BotError, Ctx, HandlerResult};
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// /mydata: everything stored about the person, as a JSON file.
pub async fn mydata(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let export = app.store.export(ctx.user_id).await?;
    let json = serde_json::to_vec_pretty(&export).unwrap_or_default();
    let file = InputFile::memory(json).file_name("mydata.json");
    bot.send_document(chat, file).caption(ctx.tr.t("mydata-caption")).await?;
    Ok(())
}

/// /forget: asks first.
pub async fn ask(bot: &Bot, chat: ChatId, ctx: &Ctx) -> HandlerResult {
    let tr = &ctx.tr;
    let buttons = keyboards::column([
        keyboards::button(tr.t("forget-yes"), Action::Forget(true)),
        keyboards::button(tr.t("forget-no"), Action::Forget(false)),
    ]);
    bot.send_text(chat, tr.t("forget-ask")).reply_markup(buttons).await?;
    Ok(())
}

/// Yes or no to /forget.
pub async fn press(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    forget: bool,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    if !forget {
        bot.edit_text(chat, message, tr.t("forget-kept")).await?;
        return Ok(None);
    }
    let gone = app.store.forget(ctx.user_id).await?;
    let text = tr.with(
        "forget-done",
        &[
            ("alerts", gone.alerts.into()),
            ("answers", gone.answers.into()),
            ("messages", gone.messages.into()),
            ("routing", gone.routing.into()),
            ("questions", gone.questions.into()),
            ("member", if gone.membership > 0 { "yes" } else { "no" }.into()),
        ],
    );
    bot.edit_text(chat, message, text).await?;
    Ok(None)
}
