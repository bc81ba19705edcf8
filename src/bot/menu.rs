//! The greeting, joining with an invitation, and help.

use teloxide::prelude::*;

use super::{commands, AppState, BotError, Ctx, HandlerResult, Standing};
use crate::domain::members::{clean_name, looks_like_code};
use crate::i18n::Tr;
use crate::store::{Joiner, Redeemed};
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// /start: greets and shows the menu. `/start CODE` (the invitation link)
/// joins the person with the invitation's role first.
pub async fn start(bot: &Bot, msg: &Message, ctx: &Ctx, app: &AppState, code: &str) -> HandlerResult {
    let (chat, tr) = (msg.chat.id, &ctx.tr);
    if !code.is_empty() && join(bot, msg, ctx, app, code).await? {
        return Ok(());
    }
    bot.send_text(chat, tr.t("start-greeting")).reply_markup(keyboards::main_menu(tr)).await?;
    Ok(())
}

/// The main menu on its own: where a finished step leads back to.
pub async fn show(bot: &Bot, chat: ChatId, tr: &Tr) -> HandlerResult {
    bot.send_text(chat, tr.t("menu-title")).reply_markup(keyboards::main_menu(tr)).await?;
    Ok(())
}

/// Redeems an invitation code: a welcome for the role, or why not (then
/// returns `false`, and the greeting follows).
async fn join(bot: &Bot, msg: &Message, ctx: &Ctx, app: &AppState, code: &str) -> Result<bool, BotError> {
    let (chat, tr) = (msg.chat.id, &ctx.tr);
    let first_name = clean_name(msg.from.as_ref().map_or("", |user| user.first_name.as_str()));
    let joiner = Joiner { user_id: ctx.user_id, first_name: &first_name, language: tr.lang() };
    if !app.may_try_code(ctx.user_id) {
        bot.send_text(chat, tr.t("join-too-many-codes")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(true);
    }
    let outcome = if looks_like_code(code) {
        app.store.redeem_invitation(code, &joiner, app.clock.now()).await?
    } else {
        Redeemed::Unknown
    };
    let member = match outcome {
        Redeemed::Joined(member) => member,
        refused => {
            let key = match refused {
                Redeemed::Used => "join-used",
                Redeemed::Expired => "join-expired",
                _ => "start-unknown-code",
            };
            bot.send_text(chat, tr.t(key)).await?;
            return Ok(false);
        }
    };
    // A coordinator joins an organisation, everyone else a programme.
    let programme = app.services.place_of(&member, tr.lang());
    let cohort = member.cohort_or_none();
    let welcome = tr.with(
        "join-welcome",
        &[
            ("name", member.first_name.as_str().into()),
            ("role", member.role.code().into()),
            ("programme", programme.into()),
            ("cohort", cohort.into()),
        ],
    );
    app.services.tell_joined(&member).await?;
    let gatherings = keyboards::button(tr.t("menu-gatherings"), Action::Gatherings);
    bot.send_text(chat, welcome).reply_markup(keyboards::column([gatherings])).await?;
    let standing = app.standing(ctx.user_id).await?;
    if let Err(error) = commands::register_for_chat(bot, chat, tr, standing).await {
        tracing::warn!(%error, "could not set the chat's command menu");
    }
    Ok(true)
}

/// /help: the commands of someone with `standing`, with their descriptions.
pub async fn help(bot: &Bot, chat: ChatId, tr: &Tr, standing: Standing) -> HandlerResult {
    let mut text = tr.t("help-intro");
    for entry in commands::menu_entries(tr, standing) {
        text.push_str(&format!("\n/{} – {}", entry.command, entry.description));
    }
    bot.send_text(chat, text).reply_markup(keyboards::main_menu(tr)).await?;
    Ok(())
}
