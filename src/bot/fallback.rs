//! Everything the bot does not expect gets a short, kind answer and changes
//! nothing.

use teloxide::prelude::*;

use std::sync::Arc;

use teloxide::types::ChatMemberUpdated;

use super::{AppState, Ctx, HandlerResult};
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// Messages in groups and channels: the bot works in private chats only.
pub async fn not_private(bot: Bot, msg: Message, ctx: Ctx) -> HandlerResult {
    bot.send_text(msg.chat.id, ctx.tr.t("fallback-private-only")).await?;
    Ok(())
}

/// Edited messages are not read again.
pub async fn edited(bot: Bot, msg: Message, ctx: Ctx) -> HandlerResult {
    if msg.chat.is_private() {
        bot.send_text(msg.chat.id, ctx.tr.t("fallback-edited"))
            .reply_markup(keyboards::main_menu(&ctx.tr))
            .await?;
    }
    Ok(())
}

/// Unknown commands, text outside a flow, and stickers, photos, voice and
/// the like: a short answer with the main menu, so there is always a next step.
pub async fn unexpected_message(bot: Bot, msg: Message, ctx: Ctx) -> HandlerResult {
    let id = match msg.text() {
        Some(text) if text.starts_with('/') => "fallback-unknown-command",
        Some(_) => "fallback-text",
        None => "fallback-not-text",
    };
    bot.send_text(msg.chat.id, ctx.tr.t(id)).reply_markup(keyboards::main_menu(&ctx.tr)).await?;
    Ok(())
}

/// The person blocked the bot (kicked) or unblocked it: broadcasts skip
/// them until they come back.
pub async fn membership(update: ChatMemberUpdated, app: Arc<AppState>) -> HandlerResult {
    if !update.chat.is_private() {
        return Ok(());
    }
    let blocked = update.new_chat_member.is_banned() || update.new_chat_member.is_left();
    app.store.set_unreachable(update.chat.id.0, blocked).await?;
    Ok(())
}
